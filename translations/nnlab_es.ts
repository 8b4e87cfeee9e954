<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Activation</name>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Binary step</source>
        <translation>Escalón binario</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <source>its derivative is 0 everywhere except at 0, so no gradient reaches the weights</source>
        <translation>su derivada es 0 en todas partes salvo en 0, así que ningún gradiente llega a los pesos</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>Hard sigmoid</source>
        <translation>Sigmoide dura</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>negative slope</source>
        <translation>pendiente negativa</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alfa</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>GELU (tanh approximation)</source>
        <translation>GELU (aproximación tanh)</translation>
    </message>
    <message>
        <source>Swish (SiLU)</source>
        <translation>Swish (SiLU)</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>Softsign</source>
        <translation>Softsign</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
</context>
<context>
    <name>ActivationTexts</name>
    <message>
        <source>f(x) = x&lt;br&gt;f′(x) = 1</source>
        <translation>f(x) = x&lt;br&gt;f′(x) = 1</translation>
    </message>
    <message>
        <source>f(x) = 1 if x ≥ θ, else 0&lt;br&gt;f′(x) = 0 everywhere except at θ, where it is undefined</source>
        <translation>f(x) = 1 si x ≥ θ, si no 0&lt;br&gt;f′(x) = 0 en todas partes salvo en θ, donde no está definida</translation>
    </message>
    <message>
        <source>σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;), range (0, 1)&lt;br&gt;σ′(x) = σ(x) (1 − σ(x)), at most 0.25 (at x = 0)</source>
        <translation>σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;), rango (0, 1)&lt;br&gt;σ′(x) = σ(x) (1 − σ(x)), como máximo 0,25 (en x = 0)</translation>
    </message>
    <message>
        <source>f(x) = clamp(x/6 + 1/2, 0, 1)&lt;br&gt;f′(x) = 1/6 on [−3, 3], else 0</source>
        <translation>f(x) = clamp(x/6 + 1/2, 0, 1)&lt;br&gt;f′(x) = 1/6 en [−3, 3], si no 0</translation>
    </message>
    <message>
        <source>tanh(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) = 2σ(2x) − 1, range (−1, 1)&lt;br&gt;tanh′(x) = 1 − tanh²(x), at most 1 (at x = 0)</source>
        <translation>tanh(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) = 2σ(2x) − 1, rango (−1, 1)&lt;br&gt;tanh′(x) = 1 − tanh²(x), como máximo 1 (en x = 0)</translation>
    </message>
    <message>
        <source>f(x) = max(0, x)&lt;br&gt;f′(x) = 1 for x &amp;gt; 0, else 0 (the engine takes f′(0) = 0)</source>
        <translation>f(x) = max(0, x)&lt;br&gt;f′(x) = 1 para x &amp;gt; 0, si no 0 (el motor toma f′(0) = 0)</translation>
    </message>
    <message>
        <source>f(x) = x for x &amp;gt; 0, else a·x (slope a)&lt;br&gt;f′(x) = 1 for x &amp;gt; 0, else a</source>
        <translation>f(x) = x para x &amp;gt; 0, si no a·x (pendiente a)&lt;br&gt;f′(x) = 1 para x &amp;gt; 0, si no a</translation>
    </message>
    <message>
        <source>f(x) = x for x &amp;gt; 0, else α (e&lt;sup&gt;x&lt;/sup&gt; − 1)&lt;br&gt;f′(x) = 1 for x &amp;gt; 0, else f(x) + α</source>
        <translation>f(x) = x para x &amp;gt; 0, si no α (e&lt;sup&gt;x&lt;/sup&gt; − 1)&lt;br&gt;f′(x) = 1 para x &amp;gt; 0, si no f(x) + α</translation>
    </message>
    <message>
        <source>f(x) = λx for x &amp;gt; 0, else λα (e&lt;sup&gt;x&lt;/sup&gt; − 1), with the fixed constants λ ≈ 1.0507, α ≈ 1.6733&lt;br&gt;f′(x) = λ for x &amp;gt; 0, else f(x) + λα</source>
        <translation>f(x) = λx para x &amp;gt; 0, si no λα (e&lt;sup&gt;x&lt;/sup&gt; − 1), con las constantes fijas λ ≈ 1,0507, α ≈ 1,6733&lt;br&gt;f′(x) = λ para x &amp;gt; 0, si no f(x) + λα</translation>
    </message>
    <message>
        <source>f(x) = x Φ(x), Φ the standard normal CDF&lt;br&gt;f′(x) = Φ(x) + x φ(x)</source>
        <translation>f(x) = x Φ(x), Φ la función de distribución de la normal estándar&lt;br&gt;f′(x) = Φ(x) + x φ(x)</translation>
    </message>
    <message>
        <source>f(x) = ½ x (1 + tanh(√(2/π) (x + 0.044715 x³)))&lt;br&gt;a close approximation of x Φ(x)</source>
        <translation>f(x) = ½ x (1 + tanh(√(2/π) (x + 0,044715 x³)))&lt;br&gt;una aproximación cercana de x Φ(x)</translation>
    </message>
    <message>
        <source>f(x) = x σ(x)&lt;br&gt;f′(x) = σ(x) + x σ(x) (1 − σ(x))</source>
        <translation>f(x) = x σ(x)&lt;br&gt;f′(x) = σ(x) + x σ(x) (1 − σ(x))</translation>
    </message>
    <message>
        <source>f(x) = x tanh(softplus(x)) = x tanh(ln(1 + e&lt;sup&gt;x&lt;/sup&gt;))</source>
        <translation>f(x) = x tanh(softplus(x)) = x tanh(ln(1 + e&lt;sup&gt;x&lt;/sup&gt;))</translation>
    </message>
    <message>
        <source>f(x) = ln(1 + e&lt;sup&gt;x&lt;/sup&gt;)&lt;br&gt;f′(x) = σ(x)</source>
        <translation>f(x) = ln(1 + e&lt;sup&gt;x&lt;/sup&gt;)&lt;br&gt;f′(x) = σ(x)</translation>
    </message>
    <message>
        <source>f(x) = x / (1 + |x|)&lt;br&gt;f′(x) = 1 / (1 + |x|)²</source>
        <translation>f(x) = x / (1 + |x|)&lt;br&gt;f′(x) = 1 / (1 + |x|)²</translation>
    </message>
    <message>
        <source>softmax(z)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;, computed on z − max z&lt;br&gt;Plotted: the first output for z = (x, 0), which equals σ(x); ∂s&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = s&lt;sub&gt;i&lt;/sub&gt; (δ&lt;sub&gt;ij&lt;/sub&gt; − s&lt;sub&gt;j&lt;/sub&gt;)</source>
        <translation>softmax(z)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;, calculada sobre z − max z&lt;br&gt;Dibujada: la primera salida para z = (x, 0), que es igual a σ(x); ∂s&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = s&lt;sub&gt;i&lt;/sub&gt; (δ&lt;sub&gt;ij&lt;/sub&gt; − s&lt;sub&gt;j&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>ReLU at x = −4, −3, …, 4 gives %1; the notes print [0,0,0,0,0,1,2,3,4] ✓.</source>
        <translation>ReLU en x = −4, −3, …, 4 da %1; los apuntes imprimen [0,0,0,0,0,1,2,3,4] ✓.</translation>
    </message>
    <message>
        <source>the notes say ReLU&apos;s “derivative is 0 to 1”. It takes only the two values 0 and 1.</source>
        <translation>los apuntes dicen que la «derivada es de 0 a 1» en ReLU. Solo toma los dos valores 0 y 1.</translation>
    </message>
    <message>
        <source>σ([−0.5, 1.2, −0.1, 2.4]) = %1, sum %2 ≈ 2.54 ✓.</source>
        <translation>σ([−0.5, 1.2, −0.1, 2.4]) = %1, suma %2 ≈ 2,54 ✓.</translation>
    </message>
    <message>
        <source>the notes write “0.38 + 0.77 + 0.48 + 0.92 = 2.54”; those rounded values add to 2.55. Sum the unrounded values.</source>
        <translation>los apuntes escriben «0.38 + 0.77 + 0.48 + 0.92 = 2.54»; esos valores redondeados suman 2,55. Sume los valores sin redondear.</translation>
    </message>
    <message>
        <source>softmax([2.0, 1.0, 0.1]) = %1 ✓; softmax([1, 2, 3]) = %2.</source>
        <translation>softmax([2.0, 1.0, 0.1]) = %1 ✓; softmax([1, 2, 3]) = %2.</translation>
    </message>
    <message>
        <source>softmax([−0.5, 1.2, −0.1, 2.4]) = %1, sum %2.</source>
        <translation>softmax([−0.5, 1.2, −0.1, 2.4]) = %1, suma %2.</translation>
    </message>
    <message>
        <source>the notes write “0.04 + 0.21 + 0.06 + 0.7 = 1.00”; those rounded values add to 1.01.</source>
        <translation>los apuntes escriben «0.04 + 0.21 + 0.06 + 0.7 = 1.00»; esos valores redondeados suman 1,01.</translation>
    </message>
    <message>
        <source>the notes head tanh&apos;s derivative range “Sigmoid function derivative range 0 to 1”. It is tanh′, in (0, 1]; σ′ lies in (0, 0.25]. Tanh is a scaled and shifted sigmoid, 2σ(2x) − 1.</source>
        <translation>los apuntes titulan el rango de la derivada de tanh «Sigmoid function derivative range 0 to 1». Se trata de tanh′, en (0, 1]; σ′ está en (0, 0,25]. Tanh es una sigmoide escalada y desplazada, 2σ(2x) − 1.</translation>
    </message>
    <message>
        <source>SELU does not “automatically adjust its parameters”: λ and α are fixed. Self-normalisation comes from them plus LeCun-normal initialisation.</source>
        <translation>SELU no «ajusta automáticamente sus parámetros»: λ y α son fijos. La autonormalización viene de ellos junto con la inicialización LeCun normal.</translation>
    </message>
    <message>
        <source>The notes&apos; and the engine&apos;s slope is 0.01 (Keras&apos; LeakyReLU layer defaults to 0.3).</source>
        <translation>La pendiente de los apuntes y del motor es 0,01 (la capa LeakyReLU de Keras usa 0,3 por defecto).</translation>
    </message>
</context>
<context>
    <name>AdversarialPhases</name>
    <message>
        <source>1. The generator makes samples from fresh noise</source>
        <translation>1. El generador crea muestras a partir de ruido nuevo</translation>
    </message>
    <message>
        <source>2. The discriminator classifies real and generated samples: mean D(fake) %1</source>
        <translation>2. El discriminador clasifica las muestras reales y las generadas: D(fake) medio %1</translation>
    </message>
    <message>
        <source>3. The discriminator&apos;s loss on both: %1</source>
        <translation>3. La pérdida del discriminador en ambas: %1</translation>
    </message>
    <message>
        <source>4. The discriminator&apos;s gradients: norm %1</source>
        <translation>4. Los gradientes del discriminador: norma %1</translation>
    </message>
    <message>
        <source>5. The discriminator takes its step</source>
        <translation>5. El discriminador da su paso</translation>
    </message>
    <message>
        <source>6. The generator makes samples from fresh noise</source>
        <translation>6. El generador crea muestras a partir de ruido nuevo</translation>
    </message>
    <message>
        <source>7. The discriminator classifies the generated samples: mean D(fake) %1</source>
        <translation>7. El discriminador clasifica las muestras generadas: D(fake) medio %1</translation>
    </message>
    <message>
        <source>8. The generator&apos;s loss: %1</source>
        <translation>8. La pérdida del generador: %1</translation>
    </message>
    <message>
        <source>9. The generator&apos;s gradients, back through the discriminator: norm %1</source>
        <translation>9. Los gradientes del generador, de vuelta a través del discriminador: norma %1</translation>
    </message>
    <message>
        <source>10. The generator takes its step</source>
        <translation>10. El generador da su paso</translation>
    </message>
    <message>
        <source>(discriminator step %1 of %2)</source>
        <translation>(paso del discriminador %1 de %2)</translation>
    </message>
    <message>
        <source>(generator step %1 of %2)</source>
        <translation>(paso del generador %1 de %2)</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>O exclusivo</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiana</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Dos lunas</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Tablero de ajedrez</translation>
    </message>
    <message>
        <source>Blobs (K classes)</source>
        <translation>Nubes (K clases)</translation>
    </message>
    <message>
        <source>Spiral (K arms)</source>
        <translation>Espiral (K brazos)</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Multi Gaussian</source>
        <translation>Varias gaussianas</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>Puntos dibujados</translation>
    </message>
    <message>
        <source>Bars (8x8 images)</source>
        <translation>Barras (imágenes de 8x8)</translation>
    </message>
    <message>
        <source>Simple (13 points)</source>
        <translation>Sencillo (13 puntos)</translation>
    </message>
    <message>
        <source>Random labels</source>
        <translation>Etiquetas aleatorias</translation>
    </message>
    <message>
        <source>Adding problem (sequences)</source>
        <translation>Problema de la suma (secuencias)</translation>
    </message>
    <message>
        <source>Sums of sines (next value)</source>
        <translation>Sumas de senos (valor siguiente)</translation>
    </message>
    <message>
        <source>Digits (28x28 images)</source>
        <translation>Dígitos (imágenes de 28x28)</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28x28 images)</source>
        <translation>Fashion-MNIST (imágenes de 28x28)</translation>
    </message>
    <message>
        <source>IDX image files</source>
        <translation>Archivos de imágenes IDX</translation>
    </message>
    <message>
        <source>Recall after a delay (sequences)</source>
        <translation>Recordar tras un retardo (secuencias)</translation>
    </message>
    <message>
        <source>Text (next character)</source>
        <translation>Texto (carácter siguiente)</translation>
    </message>
    <message>
        <source>Sums of sines (next value at every step)</source>
        <translation>Sumas de senos (siguiente valor en cada paso)</translation>
    </message>
    <message>
        <source>Image folder (PNG, JPEG)</source>
        <translation>Carpeta de imágenes (PNG, JPEG)</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>Spiral, two hidden layers</source>
        <translation>Espiral, dos capas ocultas</translation>
    </message>
    <message>
        <source>XOR with four ReLU units</source>
        <translation>XOR con cuatro unidades ReLU</translation>
    </message>
    <message>
        <source>Four blobs: softmax output and cross-entropy</source>
        <translation>Cuatro nubes: salida softmax y entropía cruzada</translation>
    </message>
    <message>
        <source>Regression: one linear unit finds the plane</source>
        <translation>Regresión: una unidad lineal encuentra el plano</translation>
    </message>
    <message>
        <source>Zero initialisation: the circle never leaves ln 2</source>
        <translation>Inicialización a cero: con el círculo la pérdida no sale de ln 2</translation>
    </message>
    <message>
        <source>Vanishing gradients: six sigmoid layers on the spiral</source>
        <translation>Gradientes que se desvanecen: seis capas sigmoides en la espiral</translation>
    </message>
    <message>
        <source>ConvNetJS&apos;s classify2d: 2-6-2-2 tanh with a softmax output</source>
        <translation>classify2d de ConvNetJS: 2-6-2-2 tanh con salida softmax</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Bars: a small convolutional network tells horizontal from vertical lines</source>
        <translation>Barras: una pequeña red convolucional distingue líneas horizontales de verticales</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Secuencias</translation>
    </message>
    <message>
        <source>Generative adversarial networks</source>
        <translation>Redes generativas adversarias (GAN)</translation>
    </message>
    <message>
        <source>GAN: learn a single Gaussian</source>
        <translation>GAN: aprender una sola gaussiana</translation>
    </message>
    <message>
        <source>GAN: a mixture of two Gaussians (GAN Lab&apos;s first example)</source>
        <translation>GAN: una mezcla de dos gaussianas (el primer ejemplo de GAN Lab)</translation>
    </message>
    <message>
        <source>GAN: a ring</source>
        <translation>GAN: un anillo</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <source>A Kohonen line follows the spiral</source>
        <translation>Una línea de Kohonen sigue la espiral</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;jemplos</translation>
    </message>
    <message>
        <source>Opens a copy with fresh weights; Save asks where to keep it.</source>
        <translation>Abre una copia con pesos nuevos; Guardar pregunta dónde conservarla.</translation>
    </message>
    <message>
        <source>Generated digits: a small convolutional network reads pen-stroke digits 0-9</source>
        <translation>Dígitos generados: una pequeña red convolucional lee dígitos 0-9 trazados a pluma</translation>
    </message>
    <message>
        <source>Fashion-MNIST: a 784-256-128-100-10 perceptron (baseline 0.883)</source>
        <translation>Fashion-MNIST: un perceptrón 784-256-128-100-10 (referencia 0,883)</translation>
    </message>
    <message>
        <source>Fashion-MNIST: two convolution and pooling layers (baseline 0.916)</source>
        <translation>Fashion-MNIST: dos capas de convolución y agrupación (referencia 0,916)</translation>
    </message>
    <message>
        <source>Adding problem over 50 steps: a plain RNN stays at chance (MSE 1/6)</source>
        <translation>Problema de la suma en 50 pasos: una RNN simple se queda en el azar (MSE 1/6)</translation>
    </message>
    <message>
        <source>Adding problem over 50 steps: an LSTM carries the marked values</source>
        <translation>Problema de la suma en 50 pasos: una LSTM conserva los valores marcados</translation>
    </message>
    <message>
        <source>Sums of sines: an LSTM predicts the next value</source>
        <translation>Sumas de senos: una LSTM predice el valor siguiente</translation>
    </message>
    <message>
        <source>Text: an LSTM learns to write, one character at a time</source>
        <translation>Texto: una LSTM aprende a escribir, carácter a carácter</translation>
    </message>
    <message>
        <source>Sums of sines, many-to-many: the next value at every step</source>
        <translation>Sumas de senos, muchos-a-muchos: el valor siguiente en cada paso</translation>
    </message>
    <message>
        <source>GAN: a line (GAN Lab&apos;s simple line)</source>
        <translation>GAN: una línea (la línea simple de GAN Lab)</translation>
    </message>
    <message>
        <source>GAN: three disjoint regions</source>
        <translation>GAN: tres regiones disjuntas</translation>
    </message>
    <message>
        <source>Image GAN: a dense generator learns to draw digits</source>
        <translation>GAN de imágenes: un generador denso aprende a dibujar dígitos</translation>
    </message>
    <message>
        <source>Image GAN: a convolutional generator (DCGAN) learns to draw digits</source>
        <translation>GAN de imágenes: un generador convolucional (DCGAN) aprende a dibujar dígitos</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>Activation functions</source>
        <translation>Funciones de activación</translation>
    </message>
    <message>
        <source>Loss functions</source>
        <translation>Funciones de pérdida</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>Carrera de optimizadores</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Convolution and pooling</source>
        <translation>Convolución y pooling</translation>
    </message>
    <message>
        <source>Capacity and overfitting</source>
        <translation>Capacidad y sobreajuste</translation>
    </message>
    <message>
        <source>Probability distributions</source>
        <translation>Distribuciones de probabilidad</translation>
    </message>
    <message>
        <source>Notes error:</source>
        <translation>Error en los apuntes:</translation>
    </message>
    <message>
        <source>Worked example (%1):</source>
        <translation>Ejemplo resuelto (%1):</translation>
    </message>
    <message>
        <source>Initialisation through a deep net</source>
        <translation>Inicialización a través de una red profunda</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>GateActivityPlot</name>
    <message>
        <source>input i</source>
        <translation>entrada i</translation>
    </message>
    <message>
        <source>forget f</source>
        <translation>olvido f</translation>
    </message>
    <message>
        <source>output o</source>
        <translation>salida o</translation>
    </message>
    <message>
        <source>reset r</source>
        <translation>reinicio r</translation>
    </message>
    <message>
        <source>update z</source>
        <translation>actualiz. z</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>timed out waiting for training</source>
        <translation>se agotó el tiempo esperando el entrenamiento</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>timed out opening %1</source>
        <translation>tiempo agotado al abrir %1</translation>
    </message>
</context>
<context>
    <name>Initializer</name>
    <message>
        <source>Zeros</source>
        <translation>Ceros</translation>
    </message>
    <message>
        <source>Ones</source>
        <translation>Unos</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Uniform U(a, b)</source>
        <translation>Uniforme U(a, b)</translation>
    </message>
    <message>
        <source>lower bound a</source>
        <translation>cota inferior a</translation>
    </message>
    <message>
        <source>upper bound b</source>
        <translation>cota superior b</translation>
    </message>
    <message>
        <source>Normal (mean, stddev)</source>
        <translation>Normal (media, desv. típica)</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>desviación típica</translation>
    </message>
    <message>
        <source>Glorot (Xavier) uniform</source>
        <translation>Glorot (Xavier) uniforme</translation>
    </message>
    <message>
        <source>Glorot (Xavier) normal</source>
        <translation>Glorot (Xavier) normal</translation>
    </message>
    <message>
        <source>He (Kaiming) uniform</source>
        <translation>He (Kaiming) uniforme</translation>
    </message>
    <message>
        <source>He (Kaiming) normal</source>
        <translation>He (Kaiming) normal</translation>
    </message>
    <message>
        <source>LeCun uniform</source>
        <translation>LeCun uniforme</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun normal</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>Ortogonal</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>ganancia</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>Layer</name>
    <message>
        <source>Dense (fully connected)</source>
        <translation>Densa (totalmente conectada)</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>drop rate</source>
        <translation>tasa de descarte</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Normalización por lotes</translation>
    </message>
    <message>
        <source>momentum (weight of the new batch)</source>
        <translation>momento (peso del lote nuevo)</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>épsilon</translation>
    </message>
    <message>
        <source>PReLU (learned slopes)</source>
        <translation>PReLU (pendientes aprendidas)</translation>
    </message>
    <message>
        <source>initial slope</source>
        <translation>pendiente inicial</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>pieces per unit (k)</source>
        <translation>piezas por unidad (k)</translation>
    </message>
    <message>
        <source>2-D convolution</source>
        <translation>Convolución 2-D</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>tamaño del núcleo</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>zero padding</source>
        <translation>relleno con ceros</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>dilatación</translation>
    </message>
    <message>
        <source>2-D transposed convolution</source>
        <translation>Convolución transpuesta 2-D</translation>
    </message>
    <message>
        <source>padding (cropped from the output)</source>
        <translation>relleno (recortado de la salida)</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>relleno de salida</translation>
    </message>
    <message>
        <source>2-D max pooling</source>
        <translation>Max pooling 2-D</translation>
    </message>
    <message>
        <source>window size</source>
        <translation>tamaño de ventana</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>relleno</translation>
    </message>
    <message>
        <source>2-D average pooling</source>
        <translation>Average pooling 2-D</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Average pooling global</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Aplanar</translation>
    </message>
    <message>
        <source>Batch normalisation per channel</source>
        <translation>Normalización por lotes por canal</translation>
    </message>
    <message>
        <source>Layer normalisation</source>
        <translation>Normalización por capa</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>output every step (1) or the last (0)</source>
        <translation>salida en cada paso (1) o solo en el último (0)</translation>
    </message>
    <message>
        <source>backpropagation through time: steps per chunk (0: all)</source>
        <translation>retropropagación a través del tiempo: pasos por tramo (0: todos)</translation>
    </message>
    <message>
        <source>read the sequence forwards, or both ways</source>
        <translation>leer la secuencia hacia delante o en ambos sentidos</translation>
    </message>
    <message>
        <source>how the two directions are joined (bidirectional)</source>
        <translation>cómo se unen los dos sentidos (bidireccional)</translation>
    </message>
    <message>
        <source>padding (zeros)</source>
        <translation>relleno (ceros)</translation>
    </message>
    <message>
        <source>count the padded zeros in the average (1) or not (0)</source>
        <translation>contar los ceros de relleno en la media (1) o no (0)</translation>
    </message>
    <message>
        <source>Reshape to an image</source>
        <translation>Remodelar a una imagen</translation>
    </message>
    <message>
        <source>channels (0: as many as the values fill)</source>
        <translation>canales (0: tantos como llenen los valores)</translation>
    </message>
    <message>
        <source>height</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ancho</translation>
    </message>
    <message>
        <source>Simple recurrent (tanh or ReLU)</source>
        <translation>Recurrente simple (tanh o ReLU)</translation>
    </message>
    <message>
        <source>the cell&apos;s nonlinearity (relu lets gradients explode through time)</source>
        <translation>la no linealidad de la celda (con relu los gradientes pueden explotar a lo largo del tiempo)</translation>
    </message>
    <message>
        <source>Global max pooling</source>
        <translation>Max pooling global</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Deep sigmoid net stops learning</source>
        <translation>Una red sigmoide profunda deja de aprender</translation>
    </message>
    <message>
        <source>ReLU + He initialisation</source>
        <translation>ReLU + inicialización He</translation>
    </message>
    <message>
        <source>Six sigmoid layers: watch the first layer&apos;s gradient (blue) sink far below the last layer&apos;s (red) while the loss stalls.</source>
        <translation>Seis capas sigmoides: observe cómo el gradiente de la primera capa (azul) cae muy por debajo del de la última capa (rojo) mientras la pérdida se estanca.</translation>
    </message>
    <message>
        <source>The same net with ReLU and He initialisation: the gradient norms stay together and the loss falls.</source>
        <translation>La misma red con ReLU e inicialización He: las normas del gradiente se mantienen juntas y la pérdida baja.</translation>
    </message>
    <message>
        <source>Too-large initial weights explode</source>
        <translation>Pesos iniciales demasiado grandes explotan</translation>
    </message>
    <message>
        <source>Glorot initialisation</source>
        <translation>inicialización Glorot</translation>
    </message>
    <message>
        <source>Weights drawn from N(0, 1): watch the gradient norms climb until training stops on a NaN.</source>
        <translation>Pesos tomados de N(0; 1): observe cómo suben las normas del gradiente hasta que el entrenamiento se detiene en un NaN.</translation>
    </message>
    <message>
        <source>Glorot initialisation: the gradient norms stay level and the loss falls.</source>
        <translation>Inicialización Glorot: las normas del gradiente se mantienen al mismo nivel y la pérdida baja.</translation>
    </message>
    <message>
        <source>Zero initialisation stays at ln 2</source>
        <translation>La inicialización a cero se queda en ln 2</translation>
    </message>
    <message>
        <source>random (He) initialisation</source>
        <translation>inicialización aleatoria (He)</translation>
    </message>
    <message>
        <source>All weights zero: every unit of a layer stays the same and the loss stays at ln 2 = 0.693; watch for the symmetry verdict.</source>
        <translation>Todos los pesos a cero: cada unidad de una capa sigue igual y la pérdida se queda en ln 2 = 0,693; fíjese en el diagnóstico de simetría.</translation>
    </message>
    <message>
        <source>Random (He) weights break the symmetry: the units differ and the loss falls below ln 2.</source>
        <translation>Los pesos aleatorios (He) rompen la simetría: las unidades se diferencian y la pérdida baja de ln 2.</translation>
    </message>
    <message>
        <source>ReLUs die at a high learning rate</source>
        <translation>Las ReLU mueren con una tasa de aprendizaje alta</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Adam at learning rate 0.3: watch neurons get a dead mark on the canvas and the dead share rise.</source>
        <translation>Adam con tasa de aprendizaje 0,3: observe cómo las neuronas reciben una marca de muerta en la red y sube la proporción de muertas.</translation>
    </message>
    <message>
        <source>Leaky ReLU keeps a small gradient below zero: no unit dies, none is marked.</source>
        <translation>Leaky ReLU conserva un gradiente pequeño por debajo de cero: ninguna unidad muere, ninguna se marca.</translation>
    </message>
    <message>
        <source>Exploding gradients tamed by clipping</source>
        <translation>Gradientes que explotan, domados con recorte</translation>
    </message>
    <message>
        <source>gradient-norm clipping</source>
        <translation>recorte de la norma del gradiente</translation>
    </message>
    <message>
        <source>Plain SGD on a regression: watch the gradient norms jump by orders of magnitude and the loss blow up.</source>
        <translation>SGD simple en una regresión: observe cómo las normas del gradiente saltan órdenes de magnitud y la pérdida se dispara.</translation>
    </message>
    <message>
        <source>Clipping the gradient norm to 0.25 keeps every step small: the norms stay bounded and the loss falls.</source>
        <translation>Recortar la norma del gradiente a 0,25 mantiene pequeño cada paso: las normas se mantienen acotadas y la pérdida baja.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>LookInside</name>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logits</translation>
    </message>
</context>
<context>
    <name>Loss</name>
    <message>
        <source>Mean squared error</source>
        <translation>Error cuadrático medio</translation>
    </message>
    <message>
        <source>mean over all elements</source>
        <translation>media sobre todos los elementos</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Error absoluto medio</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>delta</translation>
    </message>
    <message>
        <source>Log-cosh</source>
        <translation>Log-cosh</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropía cruzada binaria</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>Entropía cruzada categórica</translation>
    </message>
    <message>
        <source>sum over classes, mean over samples</source>
        <translation>suma sobre clases, media sobre muestras</translation>
    </message>
    <message>
        <source>Sparse categorical cross-entropy</source>
        <translation>Entropía cruzada categórica (índices)</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
</context>
<context>
    <name>LossTexts</name>
    <message>
        <source>With r = ŷ − y (prediction minus target):&lt;br&gt;&lt;b&gt;MSE&lt;/b&gt; = mean r², &amp;nbsp;∂/∂ŷ = 2r / n&lt;br&gt;&lt;b&gt;MAE&lt;/b&gt; = mean |r|, &amp;nbsp;∂/∂ŷ = sign(r) / n&lt;br&gt;&lt;b&gt;Huber&lt;/b&gt;&lt;sub&gt;δ&lt;/sub&gt; = ½ r² if |r| ≤ δ, else δ (|r| − δ/2), &amp;nbsp;∂/∂ŷ = r or δ·sign(r) (over n)&lt;br&gt;&lt;b&gt;log-cosh&lt;/b&gt; = mean log(cosh r), &amp;nbsp;∂/∂ŷ = tanh(r) / n&lt;br&gt;Reduction: mean over all elements; the curves show one element (n = 1).</source>
        <translation>Con r = ŷ − y (predicción menos objetivo):&lt;br&gt;&lt;b&gt;MSE&lt;/b&gt; = media de r², &amp;nbsp;∂/∂ŷ = 2r / n&lt;br&gt;&lt;b&gt;MAE&lt;/b&gt; = media de |r|, &amp;nbsp;∂/∂ŷ = sign(r) / n&lt;br&gt;&lt;b&gt;Huber&lt;/b&gt;&lt;sub&gt;δ&lt;/sub&gt; = ½ r² si |r| ≤ δ, si no δ (|r| − δ/2), &amp;nbsp;∂/∂ŷ = r o δ·sign(r) (entre n)&lt;br&gt;&lt;b&gt;log-cosh&lt;/b&gt; = media de log(cosh r), &amp;nbsp;∂/∂ŷ = tanh(r) / n&lt;br&gt;Reducción: media sobre todos los elementos; las curvas muestran un elemento (n = 1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;BCE&lt;/b&gt; = −[y log p + (1 − y) log(1 − p)], p the predicted probability of class 1&lt;br&gt;∂/∂p = (p − y) / (p (1 − p)); through a sigmoid output p = σ(z) this becomes ∂/∂z = p − y.&lt;br&gt;Reduction: mean over all elements.</source>
        <translation>&lt;b&gt;BCE&lt;/b&gt; = −[y log p + (1 − y) log(1 − p)], p la probabilidad predicha de la clase 1&lt;br&gt;∂/∂p = (p − y) / (p (1 − p)); a través de una salida sigmoide p = σ(z) queda ∂/∂z = p − y.&lt;br&gt;Reducción: media sobre todos los elementos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hinge&lt;/b&gt; = max(0, 1 − y·s), label y = ±1, score s&lt;br&gt;∂/∂s = −y where y·s &amp;lt; 1, else 0: points beyond the margin give no gradient.&lt;br&gt;Reduction: mean over all elements.</source>
        <translation>&lt;b&gt;Hinge&lt;/b&gt; = max(0, 1 − y·s), etiqueta y = ±1, puntuación s&lt;br&gt;∂/∂s = −y donde y·s &amp;lt; 1, si no 0: los puntos más allá del margen no dan gradiente.&lt;br&gt;Reducción: media sobre todos los elementos.</translation>
    </message>
    <message>
        <source>Huber with δ = 1: r = 0.5 gives ½·0.5² = %1; r = 2 gives 1·(2 − ½) = %2 ✓.</source>
        <translation>Huber con δ = 1: r = 0,5 da ½·0,5² = %1; r = 2 da 1·(2 − ½) = %2 ✓.</translation>
    </message>
    <message>
        <source>the notes write MAE as ½|y − ŷ| (004-17); MAE has no ½. They also give the cost once as a sum and once as a mean (004-15): the engine&apos;s reduction is the mean. “Hubber” is Huber.</source>
        <translation>los apuntes escriben el MAE como ½|y − ŷ| (004-17); el MAE no lleva ½. También dan el coste una vez como suma y otra como media (004-15): el motor reduce con la media. «Hubber» es Huber.</translation>
    </message>
    <message>
        <source>y = [1, 0], p = [0.9, 0.2]: BCE = −(log 0.9 + log 0.8) / 2 = %1 ✓. A logit z = 2 with y = 1: p = σ(2), BCE = %2.</source>
        <translation>y = [1, 0], p = [0.9, 0.2]: BCE = −(log 0,9 + log 0,8) / 2 = %1 ✓. Un logit z = 2 con y = 1: p = σ(2), BCE = %2.</translation>
    </message>
    <message>
        <source>the notes write cross-entropy as H = Σ p log q, without the minus sign: it is H(p, q) = −Σ p log q. It is not “the difference between two distributions”; that is the KL divergence H(p, q) − H(p).</source>
        <translation>los apuntes escriben la entropía cruzada como H = Σ p log q, sin el signo menos: es H(p, q) = −Σ p log q. No es «la diferencia entre dos distribuciones»; esa es la divergencia KL H(p, q) − H(p).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Example:&lt;/b&gt; y = +1, s = 0.3: max(0, 1 − 0.3) = %1 with gradient %2; s = 1.5: loss %3, gradient %4 (beyond the margin).</source>
        <translation>&lt;b&gt;Ejemplo:&lt;/b&gt; y = +1, s = 0.3: max(0, 1 − 0.3) = %1 con gradiente %2; s = 1.5: pérdida %3, gradiente %4 (más allá del margen).</translation>
    </message>
</context>
<context>
    <name>NetworkEdits</name>
    <message>
        <source>the input features</source>
        <translation>las características de entrada</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>la capa de salida</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>capa oculta %1</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>batch normalisation</source>
        <translation>normalización por lotes</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>%1 on the inputs</source>
        <translation>%1 sobre las entradas</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 después de %2</translation>
    </message>
    <message>
        <source>The network has no output layer to put a hidden layer before.</source>
        <translation>La red no tiene capa de salida delante de la cual poner una capa oculta.</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>Añadir capa oculta</translation>
    </message>
    <message>
        <source>Nothing can come before the input features.</source>
        <translation>Nada puede ir antes de las características de entrada.</translation>
    </message>
    <message>
        <source>There is no layer %1.</source>
        <translation>No existe la capa %1.</translation>
    </message>
    <message>
        <source>Nothing can follow the output layer; add the hidden layer before it.</source>
        <translation>Nada puede seguir a la capa de salida; añada la capa oculta antes.</translation>
    </message>
    <message>
        <source>There is no hidden layer left to remove.</source>
        <translation>No queda ninguna capa oculta que quitar.</translation>
    </message>
    <message>
        <source>The input features are chosen in the data panel, not removed here.</source>
        <translation>Las características de entrada se eligen en el panel de datos, no se quitan aquí.</translation>
    </message>
    <message>
        <source>The output layer cannot be removed: the loss compares its values with the targets.</source>
        <translation>La capa de salida no se puede quitar: la pérdida compara sus valores con los objetivos.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Only dense and maxout layers have a number of neurons.</source>
        <translation>Solo las capas densas y maxout tienen un número de neuronas.</translation>
    </message>
    <message>
        <source>A layer needs at least one neuron; remove the layer instead.</source>
        <translation>Una capa necesita al menos una neurona; quite la capa en su lugar.</translation>
    </message>
    <message>
        <source>A layer can have at most %1 neurons.</source>
        <translation>Una capa puede tener como máximo %1 neuronas.</translation>
    </message>
    <message>
        <source>This task needs exactly 1 output neuron: the data and the loss fix the output width.</source>
        <translation>Esta tarea necesita exactamente 1 neurona de salida: los datos y la pérdida fijan el ancho de salida.</translation>
    </message>
    <message>
        <source>This task needs exactly %1 output neurons: the data and the loss fix the output width.</source>
        <translation>Esta tarea necesita exactamente %1 neuronas de salida: los datos y la pérdida fijan el ancho de salida.</translation>
    </message>
    <message>
        <source>Add neuron to %1</source>
        <translation>Añadir neurona a %1</translation>
    </message>
    <message>
        <source>Remove neuron from %1</source>
        <translation>Quitar neurona de %1</translation>
    </message>
    <message>
        <source>Set %1 to %2 neurons</source>
        <translation>Poner %1 a %2 neuronas</translation>
    </message>
    <message>
        <source>The inputs are the chosen features; pick more in the data panel.</source>
        <translation>Las entradas son las características elegidas; elija más en el panel de datos.</translation>
    </message>
    <message>
        <source>Select a layer first.</source>
        <translation>Seleccione primero una capa.</translation>
    </message>
    <message>
        <source>The inputs are the chosen features; remove them in the data panel.</source>
        <translation>Las entradas son las características elegidas; quítelas en el panel de datos.</translation>
    </message>
    <message>
        <source>This layer has no activation function.</source>
        <translation>Esta capa no tiene función de activación.</translation>
    </message>
    <message>
        <source>This activation cannot be used: %1</source>
        <translation>Esta activación no se puede usar: %1</translation>
    </message>
    <message>
        <source>Change %1 activation parameter</source>
        <translation>Cambiar el parámetro de activación de %1</translation>
    </message>
    <message>
        <source>Set %1 activation to %2</source>
        <translation>Poner la activación de %1 a %2</translation>
    </message>
    <message>
        <source>Only dense and maxout layers have weights to initialise.</source>
        <translation>Solo las capas densas y maxout tienen pesos que inicializar.</translation>
    </message>
    <message>
        <source>Set %1 weight initializer to %2</source>
        <translation>Poner el inicializador de pesos de %1 a %2</translation>
    </message>
    <message>
        <source>Only dense and maxout layers have biases to initialise.</source>
        <translation>Solo las capas densas y maxout tienen sesgos que inicializar.</translation>
    </message>
    <message>
        <source>Set %1 bias initializer to %2</source>
        <translation>Poner el inicializador de sesgos de %1 a %2</translation>
    </message>
    <message>
        <source>The value must be a finite number.</source>
        <translation>El valor debe ser un número finito.</translation>
    </message>
    <message>
        <source>The drop rate must be at least 0 and below 1: a rate of 1 would drop every value.</source>
        <translation>La tasa de descarte debe ser al menos 0 y menor que 1: una tasa de 1 descartaría todos los valores.</translation>
    </message>
    <message>
        <source>Maxout needs a whole number of pieces, at least 1.</source>
        <translation>Maxout necesita un número entero de piezas, al menos 1.</translation>
    </message>
    <message>
        <source>%1 cannot be built: %2</source>
        <translation>%1 no se puede construir: %2</translation>
    </message>
    <message>
        <source>Set %1 %2 to %3</source>
        <translation>Poner %2 de %1 a %3</translation>
    </message>
    <message>
        <source>Unknown layer type &quot;%1&quot;.</source>
        <translation>Tipo de capa desconocido «%1».</translation>
    </message>
    <message>
        <source>The output layer must be dense or maxout: it produces the values the loss compares.</source>
        <translation>La capa de salida debe ser densa o maxout: produce los valores que compara la pérdida.</translation>
    </message>
    <message>
        <source>Make %1 a %2 layer</source>
        <translation>Convertir %1 en una capa %2</translation>
    </message>
    <message>
        <source>Nothing can follow the output layer: its values go straight to the loss.</source>
        <translation>Nada puede seguir a la capa de salida: sus valores van directos a la pérdida.</translation>
    </message>
    <message>
        <source>Remove %1 after %2</source>
        <translation>Quitar %1 después de %2</translation>
    </message>
    <message>
        <source>Add %1 after %2</source>
        <translation>Añadir %1 después de %2</translation>
    </message>
    <message>
        <source>Output layer follows the task</source>
        <translation>La capa de salida sigue a la tarea</translation>
    </message>
    <message>
        <source>drop rate</source>
        <translation>tasa de descarte</translation>
    </message>
    <message>
        <source>A %1 layer cannot go here: %2</source>
        <translation>Una capa %1 no puede ir aquí: %2</translation>
    </message>
    <message>
        <source>Output neuron %1</source>
        <translation>Neurona de salida %1</translation>
    </message>
    <message>
        <source>output neuron %1</source>
        <translation>la neurona de salida %1</translation>
    </message>
    <message>
        <source>Neuron %1 of hidden layer %2</source>
        <translation>Neurona %1 de la capa oculta %2</translation>
    </message>
    <message>
        <source>neuron %1 of hidden layer %2</source>
        <translation>la neurona %1 de la capa oculta %2</translation>
    </message>
    <message>
        <source>Neuron %1 of layer %2</source>
        <translation>Neurona %1 de la capa %2</translation>
    </message>
    <message>
        <source>neuron %1 of layer %2</source>
        <translation>la neurona %1 de la capa %2</translation>
    </message>
    <message>
        <source>Too large: this network needs about %1 of memory, more than the limit of %2, so it will be refused when training starts. Use fewer neurons or layers.</source>
        <translation>Demasiado grande: esta red necesita unos %1 de memoria, más que el límite de %2, así que se rechazará al empezar el entrenamiento. Use menos neuronas o capas.</translation>
    </message>
    <message>
        <source>Large network: about %1 of memory for its weights and buffers. Training will be slow, and the computer may become sluggish.</source>
        <translation>Red grande: unos %1 de memoria para sus pesos y búferes. El entrenamiento será lento y puede que el ordenador responda con lentitud.</translation>
    </message>
    <message>
        <source>The network has no hidden layer.</source>
        <translation>La red no tiene ninguna capa oculta.</translation>
    </message>
    <message>
        <source>Set the hidden layer to %1</source>
        <translation>Poner la activación de la capa oculta a %1</translation>
    </message>
    <message>
        <source>Set the %1 hidden layers to %2</source>
        <translation>Poner la activación de las %1 capas ocultas a %2</translation>
    </message>
    <message>
        <source>Set the hidden layer&apos;s weight initializer to %1</source>
        <translation>Poner el inicializador de pesos de la capa oculta a %1</translation>
    </message>
    <message>
        <source>Set the weight initializer of the %1 hidden layers to %2</source>
        <translation>Poner el inicializador de pesos de las %1 capas ocultas a %2</translation>
    </message>
    <message>
        <source>Add a %1 layer</source>
        <translation>Añadir una capa %1</translation>
    </message>
    <message>
        <source>The output layer stays: it produces the values the loss compares.</source>
        <translation>La capa de salida se queda: produce los valores que compara la pérdida.</translation>
    </message>
    <message>
        <source>Without this %1 layer the network does not fit: %2</source>
        <translation>Sin esta capa %1 la red no encaja: %2</translation>
    </message>
    <message>
        <source>Remove the %1 layer</source>
        <translation>Quitar la capa %1</translation>
    </message>
    <message>
        <source>This layer cannot move further.</source>
        <translation>Esta capa no se puede mover más.</translation>
    </message>
    <message>
        <source>The output layer stays last: it produces the values the loss compares.</source>
        <translation>La capa de salida sigue siendo la última: produce los valores que compara la pérdida.</translation>
    </message>
    <message>
        <source>The %1 layer cannot move there: %2</source>
        <translation>La capa %1 no puede ir ahí: %2</translation>
    </message>
    <message>
        <source>Move the %1 layer up</source>
        <translation>Subir la capa %1</translation>
    </message>
    <message>
        <source>Move the %1 layer down</source>
        <translation>Bajar la capa %1</translation>
    </message>
</context>
<context>
    <name>Optimizer</name>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Momento de Nesterov</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>épsilon</translation>
    </message>
    <message>
        <source>AdaDelta</source>
        <translation>AdaDelta</translation>
    </message>
    <message>
        <source>rho (decay of the averages)</source>
        <translation>rho (decaimiento de las medias)</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>rho (decay of the squared-gradient average)</source>
        <translation>rho (decaimiento de la media de los gradientes al cuadrado)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>beta1 (decay of the gradient average)</source>
        <translation>beta1 (decaimiento de la media de los gradientes)</translation>
    </message>
    <message>
        <source>beta2 (decay of the squared-gradient average)</source>
        <translation>beta2 (decaimiento de la media de los gradientes al cuadrado)</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>decaimiento de pesos</translation>
    </message>
    <message>
        <source>AMSGrad</source>
        <translation>AMSGrad</translation>
    </message>
    <message>
        <source>Adamax</source>
        <translation>Adamax</translation>
    </message>
    <message>
        <source>Nadam</source>
        <translation>Nadam</translation>
    </message>
</context>
<context>
    <name>PlayerEdits</name>
    <message>
        <source>This experiment has no generator or discriminator to edit.</source>
        <translation>Este experimento no tiene generador ni discriminador que editar.</translation>
    </message>
    <message>
        <source>The generator has %1 hidden layers, the most it can have here.</source>
        <translation>El generador tiene %1 capas ocultas, el máximo posible aquí.</translation>
    </message>
    <message>
        <source>The discriminator has %1 hidden layers, the most it can have here.</source>
        <translation>El discriminador tiene %1 capas ocultas, el máximo posible aquí.</translation>
    </message>
    <message>
        <source>Add a hidden layer to the generator</source>
        <translation>Añadir una capa oculta al generador</translation>
    </message>
    <message>
        <source>Add a hidden layer to the discriminator</source>
        <translation>Añadir una capa oculta al discriminador</translation>
    </message>
    <message>
        <source>The generator has no hidden layer left to remove.</source>
        <translation>Al generador no le queda ninguna capa oculta que quitar.</translation>
    </message>
    <message>
        <source>The discriminator has no hidden layer left to remove.</source>
        <translation>Al discriminador no le queda ninguna capa oculta que quitar.</translation>
    </message>
    <message>
        <source>Remove a hidden layer of the generator</source>
        <translation>Quitar una capa oculta del generador</translation>
    </message>
    <message>
        <source>Remove a hidden layer of the discriminator</source>
        <translation>Quitar una capa oculta del discriminador</translation>
    </message>
    <message>
        <source>There is no hidden layer %1.</source>
        <translation>No existe la capa oculta %1.</translation>
    </message>
    <message>
        <source>Only a dense layer has a number of neurons.</source>
        <translation>Solo una capa densa tiene un número de neuronas.</translation>
    </message>
    <message>
        <source>A layer needs at least one neuron; remove the layer instead.</source>
        <translation>Una capa necesita al menos una neurona; quite la capa en su lugar.</translation>
    </message>
    <message>
        <source>A hidden layer has at most %1 neurons here.</source>
        <translation>Una capa oculta tiene aquí como máximo %1 neuronas.</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer %1 of the generator</source>
        <translation>Añadir una neurona a la capa oculta %1 del generador</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer %1 of the discriminator</source>
        <translation>Añadir una neurona a la capa oculta %1 del discriminador</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer %1 of the generator</source>
        <translation>Quitar una neurona de la capa oculta %1 del generador</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer %1 of the discriminator</source>
        <translation>Quitar una neurona de la capa oculta %1 del discriminador</translation>
    </message>
    <message>
        <source>The generator has no hidden layer; add one first.</source>
        <translation>El generador no tiene ninguna capa oculta; añada una primero.</translation>
    </message>
    <message>
        <source>The discriminator has no hidden layer; add one first.</source>
        <translation>El discriminador no tiene ninguna capa oculta; añada una primero.</translation>
    </message>
    <message>
        <source>Generator&apos;s hidden layers: %1</source>
        <translation>Capas ocultas del generador: %1</translation>
    </message>
    <message>
        <source>Discriminator&apos;s hidden layers: %1</source>
        <translation>Capas ocultas del discriminador: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>pérdida de prueba</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>exactitud de prueba</translation>
    </message>
    <message>
        <source>training RMSE</source>
        <translation>RMSE de entrenamiento</translation>
    </message>
    <message>
        <source>test RMSE</source>
        <translation>RMSE de prueba</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>discriminator loss</source>
        <translation>pérdida del discriminador</translation>
    </message>
    <message>
        <source>generator loss</source>
        <translation>pérdida del generador</translation>
    </message>
    <message>
        <source>D(real)</source>
        <translation>D(real)</translation>
    </message>
    <message>
        <source>D(fake)</source>
        <translation>D(generado)</translation>
    </message>
    <message>
        <source>KL divergence (grid)</source>
        <translation>divergencia KL (rejilla)</translation>
    </message>
    <message>
        <source>JS divergence (grid)</source>
        <translation>divergencia JS (rejilla)</translation>
    </message>
    <message>
        <source>quantization error</source>
        <translation>error de cuantización</translation>
    </message>
    <message>
        <source>topographic error</source>
        <translation>error topográfico</translation>
    </message>
    <message>
        <source>neighbourhood radius</source>
        <translation>radio de vecindad</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>exactitud de validación</translation>
    </message>
    <message>
        <source>validation RMSE</source>
        <translation>RMSE de validación</translation>
    </message>
    <message>
        <source>divergence</source>
        <translation>divergencia</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Vanishing gradients: the early layers hardly learn</source>
        <translation>Gradientes que se desvanecen: las primeras capas apenas aprenden</translation>
    </message>
    <message>
        <source>Exploding gradients: the updates blow up</source>
        <translation>Gradientes que explotan: las actualizaciones se disparan</translation>
    </message>
    <message>
        <source>Dead ReLUs: units that output 0 for every input</source>
        <translation>ReLU muertas: unidades que dan 0 para cualquier entrada</translation>
    </message>
    <message>
        <source>Saturated units: sigmoid/tanh outputs stuck near their limits</source>
        <translation>Unidades saturadas: salidas sigmoide/tanh atascadas cerca de sus límites</translation>
    </message>
    <message>
        <source>Symmetric units: every unit of a layer computes the same thing</source>
        <translation>Unidades simétricas: todas las unidades de una capa calculan lo mismo</translation>
    </message>
    <message>
        <source>Learning rate too high: the loss jumps or diverges</source>
        <translation>Tasa de aprendizaje demasiado alta: la pérdida salta o diverge</translation>
    </message>
    <message>
        <source>Learning rate too low: the loss falls, but very slowly</source>
        <translation>Tasa de aprendizaje demasiado baja: la pérdida baja, pero muy despacio</translation>
    </message>
    <message>
        <source>Use ReLU in the hidden layers with He initialisation</source>
        <translation>Usar ReLU en las capas ocultas con inicialización He</translation>
    </message>
    <message>
        <source>Initialise each layer for its activation (Glorot for sigmoid/tanh, He for ReLU)</source>
        <translation>Inicializar cada capa según su activación (Glorot para sigmoide/tanh, He para ReLU)</translation>
    </message>
    <message>
        <source>Initialise with Glorot</source>
        <translation>Inicializar con Glorot</translation>
    </message>
    <message>
        <source>Initialise ReLU layers with He and zero biases</source>
        <translation>Inicializar las capas ReLU con He y los sesgos a cero</translation>
    </message>
    <message>
        <source>Initialise the weights at random to break the symmetry</source>
        <translation>Inicializar los pesos al azar para romper la simetría</translation>
    </message>
    <message>
        <source>Use leaky ReLU: its gradient is never 0, so units can recover</source>
        <translation>Usar Leaky ReLU: su gradiente nunca es 0, así que las unidades pueden recuperarse</translation>
    </message>
    <message>
        <source>Clip the gradient norm to 1</source>
        <translation>Recortar la norma del gradiente a 1</translation>
    </message>
    <message>
        <source>Add batch normalisation between the hidden layers</source>
        <translation>Añadir normalización por lotes entre las capas ocultas</translation>
    </message>
    <message>
        <source>Use fewer layers</source>
        <translation>Usar menos capas</translation>
    </message>
    <message>
        <source>Standardise the inputs and add batch normalisation</source>
        <translation>Estandarizar las entradas y añadir normalización por lotes</translation>
    </message>
    <message>
        <source>Decay the learning rate over the epochs</source>
        <translation>Reducir la tasa de aprendizaje a lo largo de las épocas</translation>
    </message>
    <message>
        <source>Use Adam</source>
        <translation>Usar Adam</translation>
    </message>
    <message>
        <source>Notes error (003-07): the notes say small weights map the sigmoid to 0 &quot;the same as&quot; large weights. Small weights put z near 0, where the slope is largest (0.25); large weights saturate. Small weights vanish because many small factors multiply across layers.</source>
        <translation>Error en los apuntes (003-07): los apuntes dicen que los pesos pequeños llevan la sigmoide a 0 «igual que» los pesos grandes. Los pesos pequeños ponen z cerca de 0, donde la pendiente es máxima (0,25); los pesos grandes saturan. Con pesos pequeños el gradiente se desvanece porque se multiplican muchos factores pequeños a través de las capas.</translation>
    </message>
    <message>
        <source>Notes error (001-07): the notes say a too-large learning rate makes the model &quot;converge&quot;. It overshoots and can diverge: on E = (xw - y)^2 one step multiplies the error by (1 - 2 a x^2), which oscillates for a &gt; 1/(2x^2) and diverges for a &gt; 1/x^2.</source>
        <translation>Error en los apuntes (001-07): los apuntes dicen que una tasa de aprendizaje demasiado grande hace que el modelo «converja». Se pasa de largo y puede divergir: en E = (xw - y)^2 un paso multiplica el error por (1 - 2 a x^2), que oscila para a &gt; 1/(2x^2) y diverge para a &gt; 1/x^2.</translation>
    </message>
    <message>
        <source>Notes error (000-10): the notes say the update ends with w_new = w_old exactly. The gradient gets tiny, not zero. They also blame tanh as much as sigmoid; tanh&apos;s slope peaks at 1 and it only vanishes where it saturates. Notes error (003-12): bias gradients are said not to vanish; dL/db[l] is the same backpropagated error as dL/dW[l] and vanishes with it (GBC §6.5).</source>
        <translation>Error en los apuntes (000-10): los apuntes dicen que la actualización termina exactamente en w_new = w_old. El gradiente se vuelve diminuto, no cero. También culpan a tanh tanto como a la sigmoide; la pendiente de tanh llega como máximo a 1 y solo se desvanece donde se satura. Error en los apuntes (003-12): se dice que los gradientes de los sesgos no se desvanecen; dL/db[l] es el mismo error retropropagado que dL/dW[l] y se desvanece con él (GBC §6.5).</translation>
    </message>
    <message>
        <source>Notes error (000-13): NaN is not &quot;a very large or very small number&quot;; it is IEEE 754 not-a-number, distinct from +-inf, and comes from overflow, log 0 or 0/0 (GBC §4.1). A NaN loss is not a dead ReLU.</source>
        <translation>Error en los apuntes (000-13): NaN no es «un número muy grande o muy pequeño»; es el not-a-number de IEEE 754, distinto de +-inf, y surge de un desbordamiento, log 0 o 0/0 (GBC §4.1). Una pérdida NaN no es una ReLU muerta.</translation>
    </message>
    <message>
        <source>Notes error (000-13): the notes show a log with loss: nan as dying ReLU. A dead unit outputs 0 and passes zero gradient; the loss stays finite. NaN comes from overflow, log 0 or 0/0 (GBC §4.1).</source>
        <translation>Error en los apuntes (000-13): los apuntes muestran un registro con loss: nan como ReLU moribunda. Una unidad muerta da 0 y transmite un gradiente nulo; la pérdida sigue siendo finita. NaN surge de un desbordamiento, log 0 o 0/0 (GBC §4.1).</translation>
    </message>
    <message>
        <source>Notes error (000-26): random initialisation is justified in the notes as avoiding &quot;a false minimum&quot;. The reason is breaking symmetry: units that start equal get equal gradients and stay equal (GBC §8.4).</source>
        <translation>Error en los apuntes (000-26): los apuntes justifican la inicialización aleatoria como forma de evitar «un falso mínimo». La razón es romper la simetría: las unidades que empiezan iguales reciben gradientes iguales y siguen iguales (GBC §8.4).</translation>
    </message>
    <message>
        <source>The gradient fades through time: the early steps of a sequence hardly teach the recurrent layer</source>
        <translation>El gradiente se desvanece en el tiempo: los primeros pasos de una secuencia apenas enseñan a la capa recurrente</translation>
    </message>
    <message>
        <source>Mode collapse: the generator makes only some of the real modes</source>
        <translation>Colapso de modos: el generador produce solo algunos de los modos reales</translation>
    </message>
    <message>
        <source>Oscillation: the two players chase each other without settling</source>
        <translation>Oscilación: los dos jugadores se persiguen sin estabilizarse</translation>
    </message>
    <message>
        <source>The discriminator wins too fast: it tells every generated sample apart</source>
        <translation>El discriminador gana demasiado rápido: distingue todas las muestras generadas</translation>
    </message>
    <message>
        <source>Use an LSTM instead of the plain RNN: its cell state carries the gradient back through time</source>
        <translation>Usar una LSTM en lugar de la RNN simple: su estado de celda lleva el gradiente hacia atrás en el tiempo</translation>
    </message>
    <message>
        <source>Train on: the LSTM or GRU learns to hold its gates open, and the gradient then reaches the early steps</source>
        <translation>Seguir entrenando: la LSTM o la GRU aprende a mantener sus puertas abiertas y entonces el gradiente llega a los primeros pasos</translation>
    </message>
    <message>
        <source>Train on shorter sequences (a shorter delay) first, then lengthen them</source>
        <translation>Entrenar primero con secuencias más cortas (un retardo menor) y luego alargarlas</translation>
    </message>
    <message>
        <source>Use the non-saturating loss: -log D(G(z)) keeps the generator&apos;s gradient when the discriminator wins</source>
        <translation>Usar la pérdida no saturante: -log D(G(z)) conserva el gradiente del generador cuando el discriminador gana</translation>
    </message>
    <message>
        <source>Label the real samples 0.9 instead of 1 (one-sided label smoothing): a less sure discriminator</source>
        <translation>Etiquetar las muestras reales con 0,9 en lugar de 1 (suavizado de etiquetas unilateral): un discriminador menos seguro</translation>
    </message>
    <message>
        <source>Reset with another seed: another start often reaches every mode</source>
        <translation>Reiniciar con otra semilla: otro comienzo suele alcanzar todos los modos</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop deep-learning lab for the classroom.</source>
        <translation>Un laboratorio de aprendizaje profundo para el aula.</translation>
    </message>
    <message>
        <source>Experiment file to open (.json).</source>
        <translation>Archivo de experimento que abrir (.json).</translation>
    </message>
    <message>
        <source>Train this many steps (batches) after opening.</source>
        <translation>Entrenar esta cantidad de pasos (lotes) tras abrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Guardar una imagen de la ventana en ARCHIVO y salir.</translation>
    </message>
    <message>
        <source>Open one concept explorer: %1.</source>
        <translation>Abrir un solo explorador de conceptos: %1.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--train-steps needs a whole number from 0 to %1, got &quot;%2&quot;</source>
        <translation>--train-steps necesita un número entero de 0 a %1; se recibió &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--fail-on-nan sets the exit status of a --screenshot run: give --screenshot too</source>
        <translation>--fail-on-nan fija el código de salida de una ejecución con --screenshot: indique también --screenshot</translation>
    </message>
    <message>
        <source>only one experiment file, got &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>solo un archivo de experimento; se recibieron &quot;%1&quot; y &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot; (known: %2)</source>
        <translation>página desconocida &quot;%1&quot; (conocidas: %2)</translation>
    </message>
    <message>
        <source>--page shows an explorer alone: it opens no experiment file (got &quot;%1&quot;)</source>
        <translation>--page muestra solo un explorador: no abre ningún archivo de experimento (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--page shows an explorer alone: it has no docks for --dock</source>
        <translation>--page muestra solo un explorador: no tiene paneles para --dock</translation>
    </message>
    <message>
        <source>no dock &quot;%1&quot;</source>
        <translation>no hay ningún panel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>training stopped: %1</source>
        <translation>entrenamiento detenido: %1</translation>
    </message>
    <message>
        <source>With --screenshot: exit with status 1 if training stops on a NaN (the picture is still written).</source>
        <translation>Con --screenshot: salir con código 1 si el entrenamiento se detiene por un NaN (la imagen se escribe igualmente).</translation>
    </message>
    <message>
        <source>Bring a dock to the front: health, init, loss, output, images, adversarial, sequence, text, hidden, inside, data, training, layer.</source>
        <translation>Traer un panel al frente: health, init, loss, output, images, adversarial, sequence, text, hidden, inside, data, training, layer.</translation>
    </message>
</context>
<context>
    <name>nnlab::ActivationExplorer</name>
    <message>
        <source>An activation f turns a unit&apos;s weighted sum into its output. Backpropagation multiplies the error by f′, so where f′ is near 0 (shaded) almost no gradient reaches the weights below. Compare two activations side by side; hover over a plot to read both at the same x.</source>
        <translation>Una activación f convierte la suma ponderada de una unidad en su salida. La retropropagación multiplica el error por f′, así que donde f′ está cerca de 0 (sombreado) casi ningún gradiente llega a los pesos de debajo. Compare dos activaciones una al lado de otra; pase el ratón sobre un gráfico para leer ambas en la misma x.</translation>
    </message>
</context>
<context>
    <name>nnlab::ActivationPanel</name>
    <message>
        <source>The activation to plot: every entry of the engine&apos;s activation table, computed by the same code that trains the networks.</source>
        <translation>La activación que se dibuja: cada entrada de la tabla de activaciones del motor, calculada con el mismo código que entrena las redes.</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Move the mouse over the plot to read f(x) and f′(x) at that x on both plots.</source>
        <translation>Mueva el ratón sobre el gráfico para leer f(x) y f′(x) en esa x en ambos gráficos.</translation>
    </message>
    <message>
        <source>|f′(x)| &lt; 0.05: saturated, little gradient</source>
        <translation>|f′(x)| &lt; 0,05: saturada, poco gradiente</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <source>The engine&apos;s f(x) and f′(x) at the cursor.</source>
        <translation>f(x) y f′(x) del motor en la posición del cursor.</translation>
    </message>
    <message>
        <source>The formula of the chosen activation and of its derivative.</source>
        <translation>La fórmula de la activación elegida y de su derivada.</translation>
    </message>
    <message>
        <source>Parameter “%1” of the activation (default %2).</source>
        <translation>Parámetro «%1» de la activación (predeterminado %2).</translation>
    </message>
    <message>
        <source>No gradient:</source>
        <translation>Sin gradiente:</translation>
    </message>
    <message>
        <source>x = %1:&amp;nbsp; f(x) = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>x = %1:&amp;nbsp; f(x) = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>,&amp;nbsp; f′(x) = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>,&amp;nbsp; f′(x) = &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>,&amp;nbsp; no gradient</source>
        <translation>,&amp;nbsp; sin gradiente</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialImageTiles</name>
    <message>
        <source>D(x) = %1: the discriminator&apos;s belief that this image is real</source>
        <translation>D(x) = %1: la confianza del discriminador en que esta imagen es real</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialImageView</name>
    <message>
        <source>The generator&apos;s images of a fixed noise batch: the same noise every frame, so each image changes only because the generator learns. Click two to walk between them.</source>
        <translation>Las imágenes del generador a partir de un lote fijo de ruido: el mismo ruido en cada fotograma, así que cada imagen cambia solo porque el generador aprende. Haga clic en dos para recorrer el camino entre ellas.</translation>
    </message>
    <message>
        <source>New pair</source>
        <translation>Nuevo par</translation>
    </message>
    <message>
        <source>Walk between two other generated images, picked at random.</source>
        <translation>Recorrer el camino entre otras dos imágenes generadas, elegidas al azar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Generated&lt;/b&gt;</source>
        <translation>&lt;b&gt;Generadas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reales&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The generator&apos;s images of the same 64 noise vectors, frame after frame: they sharpen as it learns. Mean D(x): generated %1, real %2.</source>
        <translation>Las imágenes del generador a partir de los mismos 64 vectores de ruido, fotograma tras fotograma: se vuelven más nítidas a medida que aprende. D(x) medio: generadas %1, reales %2.</translation>
    </message>
    <message>
        <source>Images the discriminator sees as real.</source>
        <translation>Imágenes que el discriminador considera reales.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latent interpolation&lt;/b&gt;: from generated image %1 (&lt;span style=&apos;color:%3&apos;&gt;blue&lt;/span&gt;) to %2 (&lt;span style=&apos;color:%4&apos;&gt;orange&lt;/span&gt;), along the straight line between their noise vectors.</source>
        <translation>&lt;b&gt;Interpolación latente&lt;/b&gt;: de la imagen generada %1 (&lt;span style=&apos;color:%3&apos;&gt;azul&lt;/span&gt;) a la %2 (&lt;span style=&apos;color:%4&apos;&gt;naranja&lt;/span&gt;), a lo largo de la recta entre sus vectores de ruido.</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialOverview</name>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Discriminador</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predicciones</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Noise: random points z, the generator&apos;s input (a fixed batch, so the samples can be followed).</source>
        <translation>Ruido: puntos aleatorios z, la entrada del generador (un lote fijo, para poder seguir las muestras).</translation>
    </message>
    <message>
        <source>Samples: real (green) and generated (purple) points, both shown to the discriminator.</source>
        <translation>Muestras: puntos reales (verde) y generados (morado), ambos mostrados al discriminador.</translation>
    </message>
    <message>
        <source>Discriminator: D(x) over the plane, green where it says &quot;real&quot;, purple where it says &quot;generated&quot;.</source>
        <translation>Discriminador: D(x) sobre el plano, verde donde dice &quot;real&quot;, morado donde dice &quot;generado&quot;.</translation>
    </message>
    <message>
        <source>Predictions: D(x) from 0 (left) to 1 (right) for the real samples (top) and the generated ones (bottom).</source>
        <translation>Predicciones: D(x) de 0 (izquierda) a 1 (derecha) para las muestras reales (arriba) y las generadas (abajo).</translation>
    </message>
    <message>
        <source>Losses: the discriminator&apos;s (D) and the generator&apos;s (G) of the latest epoch.</source>
        <translation>Pérdidas: la del discriminador (D) y la del generador (G) en la última época.</translation>
    </message>
    <message>
        <source>Gradients: where the generator&apos;s loss pushes each generated sample; G follows them.</source>
        <translation>Gradientes: hacia dónde empuja la pérdida del generador a cada muestra generada; G los sigue.</translation>
    </message>
    <message>
        <source>Generator: the noise grid as G bends it onto the plane (its manifold). Rest the mouse here to watch the grid morph into it.</source>
        <translation>Generador: la cuadrícula de ruido tal como G la curva sobre el plano (su variedad). Deje el ratón aquí para ver cómo la cuadrícula se transforma en ella.</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialPlane</name>
    <message>
        <source>Generated sample %1 of %2
x %3, y %4</source>
        <translation>Muestra generada %1 de %2
x %3, y %4</translation>
    </message>
    <message>
        <source>Real sample %1 of %2
x %3, y %4</source>
        <translation>Muestra real %1 de %2
x %3, y %4</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialPlaneView</name>
    <message>
        <source>Samples of the distribution the generator must learn (green).</source>
        <translation>Muestras de la distribución que el generador debe aprender (verde).</translation>
    </message>
    <message>
        <source>The generator&apos;s output for a fixed batch of noise (purple): watch them move.</source>
        <translation>La salida del generador para un lote fijo de ruido (morado): observe cómo se mueven.</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Discriminador</translation>
    </message>
    <message>
        <source>Behind the points: where the discriminator says &quot;real&quot; (green) or &quot;generated&quot; (purple).</source>
        <translation>Detrás de los puntos: dónde el discriminador dice «real» (verde) o «generado» (morado).</translation>
    </message>
    <message>
        <source>Where the generator&apos;s loss pushes each generated sample.</source>
        <translation>Hacia dónde empuja la pérdida del generador a cada muestra generada.</translation>
    </message>
    <message>
        <source>Manifold</source>
        <translation>Variedad</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Reales</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generadas</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>Slow motion</source>
        <translation>Cámara lenta</translation>
    </message>
    <message>
        <source>Walk one iteration through its ten phases, one every %1 seconds, the idle parts dimmed. Click again to pause inside the iteration; Play goes on from there.</source>
        <translation>Recorrer una iteración por sus diez fases, una cada %1 segundos, con las partes inactivas atenuadas. Vuelva a hacer clic para pausar dentro de la iteración; Iniciar continúa desde ahí.</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Fase siguiente</translation>
    </message>
    <message>
        <source>One phase of the iteration, then stop.</source>
        <translation>Una fase de la iteración y luego parar.</translation>
    </message>
    <message>
        <source>What goes wrong in this game, with the evidence and a remedy to try.</source>
        <translation>Qué falla en este juego, con la evidencia y un remedio para probar.</translation>
    </message>
    <message>
        <source>No problem found in the game so far: no mode collapse, no oscillation, and the discriminator does not win too fast.</source>
        <translation>Hasta ahora no hay ningún problema en el juego: ni colapso de modos, ni oscilación, y el discriminador no gana demasiado rápido.</translation>
    </message>
    <message>
        <source>Step D</source>
        <translation>Paso D</translation>
    </message>
    <message>
        <source>One update of the discriminator only; the generator stays as it is.</source>
        <translation>Una sola actualización del discriminador; el generador se queda como está.</translation>
    </message>
    <message>
        <source>Step G</source>
        <translation>Paso G</translation>
    </message>
    <message>
        <source>One update of the generator only; the discriminator stays as it is.</source>
        <translation>Una sola actualización del generador; el discriminador se queda como está.</translation>
    </message>
    <message>
        <source>Iterations trained: in each, the discriminator takes its D steps, then the generator its G steps.</source>
        <translation>Iteraciones entrenadas: en cada una, el discriminador da sus pasos D y después el generador sus pasos G.</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteración %1</translation>
    </message>
    <message>
        <source>The noise grid as the generator bends it onto the plane; a cell is darker where the generator puts more samples.</source>
        <translation>La cuadrícula de ruido tal como el generador la dobla sobre el plano; una celda es más oscura donde el generador pone más muestras.</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialSettingsPanel</name>
    <message>
        <source>Single Gaussian</source>
        <translation>Gaussiana única</translation>
    </message>
    <message>
        <source>Mixture of Gaussians</source>
        <translation>Mezcla de gaussianas</translation>
    </message>
    <message>
        <source>Simple line</source>
        <translation>Línea simple</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anillo</translation>
    </message>
    <message>
        <source>Three disjoint regions</source>
        <translation>Tres regiones disjuntas</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Dos lunas</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Grid of Gaussians</source>
        <translation>Rejilla de gaussianas</translation>
    </message>
    <message>
        <source>The settings of a generative adversarial network: open one from File &gt; Examples (Generative adversarial networks).</source>
        <translation>Los ajustes de una red generativa adversaria: abra una desde Archivo &gt; Ejemplos (Generative adversarial networks).</translation>
    </message>
    <message>
        <source>The real data the generator must learn to imitate.</source>
        <translation>Los datos reales que el generador debe aprender a imitar.</translation>
    </message>
    <message>
        <source>Real data</source>
        <translation>Datos reales</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiano</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>The noise the generator turns into samples: N(0, 1) or uniform on (-1, 1).</source>
        <translation>El ruido que el generador convierte en muestras: N(0, 1) o uniforme en (-1, 1).</translation>
    </message>
    <message>
        <source>1: the generator draws a curve; 2: it warps a plane.</source>
        <translation>1: el generador dibuja una curva; 2: deforma un plano.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Non-saturating (log loss)</source>
        <translation>No saturante (pérdida logarítmica)</translation>
    </message>
    <message>
        <source>Minimax (log loss)</source>
        <translation>Minimax (pérdida logarítmica)</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>Mínimos cuadrados</translation>
    </message>
    <message>
        <source>Non-saturating, the default: the generator maximises log D(G(z)) instead of minimising log(1 - D(G(z))), so it still gets a gradient while the discriminator wins.</source>
        <translation>No saturante, el valor por defecto: el generador maximiza log D(G(z)) en lugar de minimizar log(1 - D(G(z))), así sigue recibiendo gradiente mientras el discriminador gana.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Label smoothing (real = 0.9)</source>
        <translation>Suavizado de etiquetas (real = 0,9)</translation>
    </message>
    <message>
        <source>One-sided label smoothing: the real samples are labelled 0.9 instead of 1. A discriminator that is never quite sure gives the generator gentler gradients.</source>
        <translation>Suavizado de etiquetas unilateral: las muestras reales se etiquetan con 0,9 en lugar de 1. Un discriminador que nunca está del todo seguro da al generador gradientes más suaves.</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>Tasa de aprendizaje de D</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate.</source>
        <translation>La tasa de aprendizaje del discriminador.</translation>
    </message>
    <message>
        <source>D steps</source>
        <translation>Pasos de D</translation>
    </message>
    <message>
        <source>Discriminator updates per iteration.</source>
        <translation>Actualizaciones del discriminador por iteración.</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>Tasa de aprendizaje de G</translation>
    </message>
    <message>
        <source>The generator&apos;s learning rate.</source>
        <translation>La tasa de aprendizaje del generador.</translation>
    </message>
    <message>
        <source>G steps</source>
        <translation>Pasos de G</translation>
    </message>
    <message>
        <source>Generator updates per iteration.</source>
        <translation>Actualizaciones del generador por iteración.</translation>
    </message>
    <message>
        <source>Real data: %1</source>
        <translation>Datos reales: %1</translation>
    </message>
    <message>
        <source>Noise: %1</source>
        <translation>Ruido: %1</translation>
    </message>
    <message>
        <source>Noise dimension %1</source>
        <translation>Dimensión del ruido %1</translation>
    </message>
    <message>
        <source>Loss: %1</source>
        <translation>Pérdida: %1</translation>
    </message>
    <message>
        <source>Label smoothing on</source>
        <translation>Suavizado de etiquetas activado</translation>
    </message>
    <message>
        <source>Label smoothing off</source>
        <translation>Suavizado de etiquetas desactivado</translation>
    </message>
    <message>
        <source>D learning rate %1</source>
        <translation>Tasa de aprendizaje de D %1</translation>
    </message>
    <message>
        <source>G learning rate %1</source>
        <translation>Tasa de aprendizaje de G %1</translation>
    </message>
    <message>
        <source>D steps %1</source>
        <translation>Pasos de D %1</translation>
    </message>
    <message>
        <source>G steps %1</source>
        <translation>Pasos de G %1</translation>
    </message>
    <message>
        <source>Draw the real data</source>
        <translation>Dibujar los datos reales</translation>
    </message>
    <message>
        <source>Use drawing</source>
        <translation>Usar dibujo</translation>
    </message>
    <message>
        <source>Make the drawing the real data the generator must learn (one step in Edit &gt; Undo).</source>
        <translation>El dibujo pasa a ser los datos reales que el generador debe aprender (un paso en Editar &gt; Deshacer).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Wipe the pad; the real data stays as it is until you use a new drawing.</source>
        <translation>Borra el lienzo; los datos reales no cambian hasta que use un nuevo dibujo.</translation>
    </message>
    <message>
        <source>The pad is empty: draw some strokes first, then press Use drawing.</source>
        <translation>El lienzo está vacío: dibuje primero algunos trazos y luego pulse «Usar dibujo».</translation>
    </message>
    <message>
        <source>Real data: drawn (%1 points)</source>
        <translation>Datos reales: dibujados (%1 puntos)</translation>
    </message>
    <message>
        <source>The generator now learns your drawing.</source>
        <translation>El generador aprende ahora su dibujo.</translation>
    </message>
    <message>
        <source>D optimizer</source>
        <translation>Optimizador D</translation>
    </message>
    <message>
        <source>The discriminator&apos;s optimizer; changing it keeps the weights and starts the optimizer&apos;s state (e.g. Adam&apos;s moments) again.</source>
        <translation>El optimizador del discriminador; cambiarlo conserva los pesos y reinicia el estado del optimizador (p. ej., los momentos de Adam).</translation>
    </message>
    <message>
        <source>G optimizer</source>
        <translation>Optimizador G</translation>
    </message>
    <message>
        <source>The generator&apos;s optimizer; changing it keeps the weights and starts the optimizer&apos;s state (e.g. Adam&apos;s moments) again.</source>
        <translation>El optimizador del generador; cambiarlo conserva los pesos y reinicia el estado del optimizador (p. ej., los momentos de Adam).</translation>
    </message>
    <message>
        <source>D optimizer: %1</source>
        <translation>Optimizador D: %1</translation>
    </message>
    <message>
        <source>G optimizer: %1</source>
        <translation>Optimizador G: %1</translation>
    </message>
    <message>
        <source>GAN Lab&apos;s learning rates: pick one, or type any other into the box.</source>
        <translation>Las tasas de aprendizaje de GAN Lab: elija una o escriba cualquier otra en el campo.</translation>
    </message>
    <message>
        <source>An image GAN&apos;s generator and discriminator (flatten, reshape, dense or convolution layers) are set in its experiment file; the settings above apply as for points.</source>
        <translation>El generador y el discriminador de una GAN de imágenes (capas de aplanado, remodelado, densas o convolucionales) se fijan en su archivo de experimento; los ajustes de arriba se aplican como para puntos.</translation>
    </message>
</context>
<context>
    <name>nnlab::AllHiddenLayersBox</name>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <source>All hidden layers</source>
        <translation>Todas las capas ocultas</translation>
    </message>
    <message>
        <source>Set the activation of every hidden layer at once; one step to undo.</source>
        <translation>Poner la activación de todas las capas ocultas a la vez; se deshace en un solo paso.</translation>
    </message>
    <message>
        <source>Set the weight initializer of every hidden layer at once; the layers it changes start again from new weights.</source>
        <translation>Poner el inicializador de pesos de todas las capas ocultas a la vez; las capas que cambian empiezan de nuevo con pesos nuevos.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Weight initializer</source>
        <translation>Inicializador de pesos</translation>
    </message>
    <message>
        <source>The network has no hidden layer; add one with + on the canvas.</source>
        <translation>La red no tiene ninguna capa oculta; añada una con + en la red.</translation>
    </message>
</context>
<context>
    <name>nnlab::AugmentPreview</name>
    <message>
        <source>Training images as the network sees them (left) and augmented copies as a training batch gets them: each time an image is used it is moved, mirrored, turned and made noisy anew.</source>
        <translation>Imágenes de entrenamiento tal como las ve la red (izquierda) y copias aumentadas tal como las recibe un lote de entrenamiento: cada vez que se usa una imagen, se desplaza, se refleja, se gira y se le añade ruido de nuevo.</translation>
    </message>
    <message>
        <source>The images appear when the data is loaded.</source>
        <translation>Las imágenes aparecen cuando se cargan los datos.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Augmented copies</source>
        <translation>Copias aumentadas</translation>
    </message>
    <message>
        <source>No augmentation</source>
        <translation>Sin aumento de datos</translation>
    </message>
</context>
<context>
    <name>nnlab::BatchRacePanel</name>
    <message>
        <source>The learning rate all three runners share; a change restarts them.</source>
        <translation>La tasa de aprendizaje que comparten los tres corredores; un cambio los reinicia.</translation>
    </message>
    <message>
        <source>Samples per update of the mini-batch runner (batch GD uses all, SGD one).</source>
        <translation>Muestras por actualización del corredor de minilotes (el GD por lotes usa todas, el SGD una).</translation>
    </message>
    <message>
        <source>Decay lr/(1 + epoch) for B &lt; N</source>
        <translation>Decaimiento lr/(1 + época) para B &lt; N</translation>
    </message>
    <message>
        <source>Shrink the noisy runners&apos; rate after every epoch, which SGD needs to settle; batch GD&apos;s exact gradient needs no decay.</source>
        <translation>Reducir la tasa de los corredores ruidosos tras cada época, algo que el SGD necesita para asentarse; el gradiente exacto del GD por lotes no necesita decaimiento.</translation>
    </message>
    <message>
        <source>per update</source>
        <translation>por actualización</translation>
    </message>
    <message>
        <source>per epoch</source>
        <translation>por época</translation>
    </message>
    <message>
        <source>Plot the loss against updates, or against epochs (passes over the data), which is fairer on cost.</source>
        <translation>Dibujar la pérdida frente a las actualizaciones o frente a las épocas (pasadas por los datos), lo que es más justo en coste.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Every runner makes one update from its next mini-batch.</source>
        <translation>Cada corredor hace una actualización con su siguiente minilote.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Run the updates continuously; click again to pause.</source>
        <translation>Ejecutar las actualizaciones sin parar; haga clic de nuevo para pausar.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Put every runner back on the start point.</source>
        <translation>Devolver cada corredor al punto de partida.</translation>
    </message>
    <message>
        <source>New data</source>
        <translation>Datos nuevos</translation>
    </message>
    <message>
        <source>Draw a new noisy data set from the same line.</source>
        <translation>Generar un conjunto de datos ruidoso nuevo a partir de la misma recta.</translation>
    </message>
    <message>
        <source>Updates made so far by every runner.</source>
        <translation>Actualizaciones hechas hasta ahora por cada corredor.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>Minilote</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>The mean squared error of the line y = w x + b over (w, b); click to move the start.</source>
        <translation>El error cuadrático medio de la recta y = w x + b sobre (w, b); haga clic para mover el inicio.</translation>
    </message>
    <message>
        <source>The data and each runner&apos;s current line.</source>
        <translation>Los datos y la recta actual de cada corredor.</translation>
    </message>
    <message>
        <source>The loss on the whole data set after each update.</source>
        <translation>La pérdida en todo el conjunto de datos tras cada actualización.</translation>
    </message>
    <message>
        <source>E − E*</source>
        <translation>E − E*</translation>
    </message>
    <message>
        <source>Updates per epoch and the mean angle between each runner&apos;s gradient and the exact one.</source>
        <translation>Actualizaciones por época y ángulo medio entre el gradiente de cada corredor y el exacto.</translation>
    </message>
    <message>
        <source>E(w, b) = &lt;sup&gt;1&lt;/sup&gt;&amp;frasl;&lt;sub&gt;N&lt;/sub&gt; &amp;sum;&lt;sub&gt;i&lt;/sub&gt; (w&amp;thinsp;x&lt;sub&gt;i&lt;/sub&gt; + b &amp;minus; y&lt;sub&gt;i&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;. All three take the engine&apos;s SGD step w &amp;larr; w &amp;minus; &amp;eta;&amp;thinsp;g. &lt;b&gt;Batch GD&lt;/b&gt; uses the exact gradient of the training loss (one update per epoch); &lt;b&gt;mini-batch&lt;/b&gt; and &lt;b&gt;stochastic&lt;/b&gt; GD use estimates from B samples: noisier, but N/B updates per epoch. With a constant rate SGD keeps jittering around the minimum ★; tick &lt;i&gt;Decay&lt;/i&gt; to let it settle.</source>
        <translation>E(w, b) = &lt;sup&gt;1&lt;/sup&gt;&amp;frasl;&lt;sub&gt;N&lt;/sub&gt; &amp;sum;&lt;sub&gt;i&lt;/sub&gt; (w&amp;thinsp;x&lt;sub&gt;i&lt;/sub&gt; + b &amp;minus; y&lt;sub&gt;i&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;. Los tres dan el paso SGD del motor w &amp;larr; w &amp;minus; &amp;eta;&amp;thinsp;g. El &lt;b&gt;GD por lotes&lt;/b&gt; usa el gradiente exacto de la pérdida de entrenamiento (una actualización por época); el GD &lt;b&gt;por minilotes&lt;/b&gt; y el &lt;b&gt;estocástico&lt;/b&gt; usan estimaciones a partir de B muestras: más ruidosas, pero N/B actualizaciones por época. Con una tasa constante el SGD sigue oscilando alrededor del mínimo ★; marque &lt;i&gt;Decaimiento&lt;/i&gt; para que se asiente.</translation>
    </message>
    <message>
        <source>batch GD (B = %1)</source>
        <translation>GD por lotes (B = %1)</translation>
    </message>
    <message>
        <source>stochastic GD (B = 1)</source>
        <translation>GD estocástico (B = 1)</translation>
    </message>
    <message>
        <source>mini-batch GD (B = %1)</source>
        <translation>GD por minilotes (B = %1)</translation>
    </message>
    <message>
        <source>1 update per epoch</source>
        <translation>1 actualización por época</translation>
    </message>
    <message>
        <source>%1 updates per epoch</source>
        <translation>%1 actualizaciones por época</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; %2: %3, mean angle to the exact gradient %4&amp;deg;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; %2: %3, ángulo medio con el gradiente exacto %4&amp;deg;</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>actualización %1</translation>
    </message>
    <message>
        <source>the notes list “approximate gradients” as a drawback of batch GD; batch GD uses the exact gradient, the estimates belong to SGD and mini-batches.</source>
        <translation>los apuntes citan los «gradientes aproximados» como desventaja del GD por lotes; el GD por lotes usa el gradiente exacto, las estimaciones son propias del SGD y los minilotes.</translation>
    </message>
</context>
<context>
    <name>nnlab::CanvasLegend</name>
    <message>
        <source>Colours on the network: a neuron&apos;s picture is its output over the input plane, an edge is a weight, the small square at a neuron&apos;s lower left its bias; orange is negative, blue positive.</source>
        <translation>Colores en la red: la imagen de una neurona es su salida sobre el plano de entrada, una arista es un peso y el cuadradito abajo a la izquierda de la neurona es su sesgo; naranja es negativo, azul positivo.</translation>
    </message>
    <message>
        <source>output, weight, bias</source>
        <translation>salida, peso, sesgo</translation>
    </message>
    <message>
        <source>width: |weight|</source>
        <translation>ancho: |peso|</translation>
    </message>
    <message>
        <source>weight 0</source>
        <translation>peso 0</translation>
    </message>
</context>
<context>
    <name>nnlab::CapacityExplorer</name>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>The true function the noisy points are drawn around.</source>
        <translation>La función verdadera alrededor de la cual se generan los puntos ruidosos.</translation>
    </message>
    <message>
        <source>Training points; more data lets a flexible model overfit less.</source>
        <translation>Puntos de entrenamiento; con más datos un modelo flexible se sobreajusta menos.</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to every y.</source>
        <translation>Desviación típica del ruido gaussiano que se suma a cada y.</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Muestra nueva</translation>
    </message>
    <message>
        <source>Draw new training and validation points from the same function.</source>
        <translation>Generar puntos de entrenamiento y de validación nuevos a partir de la misma función.</translation>
    </message>
    <message>
        <source>The polynomial degree: the model&apos;s capacity.</source>
        <translation>El grado del polinomio: la capacidad del modelo.</translation>
    </message>
    <message>
        <source>L2 strength λ₂ (log scale; far left is off).</source>
        <translation>Intensidad de L2 λ₂ (escala log.; a la izquierda del todo está desactivada).</translation>
    </message>
    <message>
        <source>L1 strength λ₁ (log scale; far left is off).</source>
        <translation>Intensidad de L1 λ₁ (escala log.; a la izquierda del todo está desactivada).</translation>
    </message>
    <message>
        <source>True function</source>
        <translation>Función verdadera</translation>
    </message>
    <message>
        <source>Training points</source>
        <translation>Puntos de entrenamiento</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Ruido σ</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>L2 λ₂</source>
        <translation>L2 λ₂</translation>
    </message>
    <message>
        <source>L1 λ₁</source>
        <translation>L1 λ₁</translation>
    </message>
    <message>
        <source>The current fit&apos;s errors and how many coefficients L1 set to exactly zero.</source>
        <translation>Los errores del ajuste actual y cuántos coeficientes ha puesto L1 exactamente a cero.</translation>
    </message>
    <message>
        <source>Model y&amp;#770; = c&lt;sub&gt;0&lt;/sub&gt; + c&lt;sub&gt;1&lt;/sub&gt;x + &amp;hellip; + c&lt;sub&gt;d&lt;/sub&gt;x&lt;sup&gt;d&lt;/sup&gt; on x &amp;isin; [&amp;minus;1, 1], fitted by minimising J = MSE + &amp;lambda;&lt;sub&gt;2&lt;/sub&gt;&amp;sum;c&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; + &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;&amp;sum;|c&lt;sub&gt;k&lt;/sub&gt;| over k &amp;ge; 1 (the engine&apos;s convention: no &amp;frac12;, no 1/n; the intercept c&lt;sub&gt;0&lt;/sub&gt; is not penalised). Low degree underfits, high degree overfits: training error keeps falling while validation error turns up. &lt;b&gt;L2&lt;/b&gt; (closed form) shrinks every coefficient smoothly. &lt;b&gt;L1&lt;/b&gt; is solved by coordinate descent (finished by an exact solve on its support) whose soft-threshold step c&lt;sub&gt;k&lt;/sub&gt; &amp;larr; S(z, &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;/2) / (G&lt;sub&gt;kk&lt;/sub&gt; + &amp;lambda;&lt;sub&gt;2&lt;/sub&gt;) returns exactly 0 whenever |z| &amp;le; &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;/2, so unneeded powers drop out (&amp;times; marks); a plain gradient step on &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;|c| would only jitter around 0.</source>
        <translation>Modelo y&amp;#770; = c&lt;sub&gt;0&lt;/sub&gt; + c&lt;sub&gt;1&lt;/sub&gt;x + &amp;hellip; + c&lt;sub&gt;d&lt;/sub&gt;x&lt;sup&gt;d&lt;/sup&gt; en x &amp;isin; [&amp;minus;1, 1], ajustado minimizando J = MSE + &amp;lambda;&lt;sub&gt;2&lt;/sub&gt;&amp;sum;c&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; + &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;&amp;sum;|c&lt;sub&gt;k&lt;/sub&gt;| sobre k &amp;ge; 1 (convención del motor: sin &amp;frac12;, sin 1/n; el término independiente c&lt;sub&gt;0&lt;/sub&gt; no se penaliza). Un grado bajo infraajusta y uno alto sobreajusta: el error de entrenamiento sigue bajando mientras el de validación vuelve a subir. &lt;b&gt;L2&lt;/b&gt; (forma cerrada) encoge cada coeficiente de forma suave. &lt;b&gt;L1&lt;/b&gt; se resuelve por descenso por coordenadas (rematado con una resolución exacta sobre su soporte), cuyo paso de umbral suave c&lt;sub&gt;k&lt;/sub&gt; &amp;larr; S(z, &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;/2) / (G&lt;sub&gt;kk&lt;/sub&gt; + &amp;lambda;&lt;sub&gt;2&lt;/sub&gt;) devuelve exactamente 0 siempre que |z| &amp;le; &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;/2, de modo que las potencias innecesarias desaparecen (marcas &amp;times;); un paso de gradiente simple sobre &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;|c| solo oscilaría alrededor de 0.</translation>
    </message>
    <message>
        <source>The data, the true function and the fitted polynomial.</source>
        <translation>Los datos, la función verdadera y el polinomio ajustado.</translation>
    </message>
    <message>
        <source>true function</source>
        <translation>función verdadera</translation>
    </message>
    <message>
        <source>validation points</source>
        <translation>puntos de validación</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>puntos de entrenamiento</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>Training and validation error of every degree under the current penalties; the shading is the gap.</source>
        <translation>Error de entrenamiento y de validación de cada grado con las penalizaciones actuales; el sombreado es la diferencia.</translation>
    </message>
    <message>
        <source>degree (capacity)</source>
        <translation>grado (capacidad)</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>best validation</source>
        <translation>mejor validación</translation>
    </message>
    <message>
        <source>The fitted coefficients c₀ .. c_d; × marks those that are exactly zero.</source>
        <translation>Los coeficientes ajustados c₀ .. c_d; × marca los que son exactamente cero.</translation>
    </message>
    <message>
        <source>k (coefficient of xᵏ)</source>
        <translation>k (coeficiente de xᵏ)</translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation>coeficiente</translation>
    </message>
    <message>
        <source>exactly 0</source>
        <translation>exactamente 0</translation>
    </message>
    <message>
        <source>Degree %1: training MSE &lt;b&gt;%2&lt;/b&gt;, validation MSE &lt;b&gt;%3&lt;/b&gt;; best validation at degree %4.</source>
        <translation>Grado %1: MSE de entrenamiento &lt;b&gt;%2&lt;/b&gt;, MSE de validación &lt;b&gt;%3&lt;/b&gt;; mejor validación en el grado %4.</translation>
    </message>
    <message>
        <source>L1: %1 of %2 penalised coefficients are exactly 0.</source>
        <translation>L1: %1 de %2 coeficientes penalizados son exactamente 0.</translation>
    </message>
    <message>
        <source>(Coordinate descent stopped before full convergence.)</source>
        <translation>(El descenso por coordenadas se detuvo antes de converger del todo.)</translation>
    </message>
    <message>
        <source>fit, degree %1</source>
        <translation>ajuste, grado %1</translation>
    </message>
</context>
<context>
    <name>nnlab::ClassroomAction</name>
    <message>
        <source>&amp;Hide Controls for the Class…</source>
        <translation>&amp;Ocultar controles para la clase…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Hide Controls for the Class (%n hidden)…</source>
        <translation>
            <numerusform>&amp;Ocultar controles para la clase (%n oculto)…</numerusform>
            <numerusform>&amp;Ocultar controles para la clase (%n ocultos)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose which controls students see; the choice is saved with the experiment.</source>
        <translation>Elegir qué controles ven los alumnos; la elección se guarda con el experimento.</translation>
    </message>
    <message>
        <source>Hide controls for the class</source>
        <translation>Ocultar controles para la clase</translation>
    </message>
</context>
<context>
    <name>nnlab::ClassroomDialog</name>
    <message>
        <source>Running</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Ajustes de entrenamiento</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Network and output</source>
        <translation>Red y salida</translation>
    </message>
    <message>
        <source>Play and pause</source>
        <translation>Iniciar y pausar</translation>
    </message>
    <message>
        <source>Step and step epoch</source>
        <translation>Paso y época</translation>
    </message>
    <message>
        <source>Reset and restart</source>
        <translation>Reiniciar y repetir</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate and the optimizer&apos;s other settings</source>
        <translation>Tasa de aprendizaje y los demás ajustes del optimizador</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>Semilla de pesos</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Programa de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>Which data set</source>
        <translation>Qué conjunto de datos</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Number of points</source>
        <translation>Número de puntos</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Parte de entrenamiento</translation>
    </message>
    <message>
        <source>Data seed and Regenerate</source>
        <translation>Semilla de datos y Regenerar</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Características de entrada</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Adding and removing layers and neurons</source>
        <translation>Añadir y quitar capas y neuronas</translation>
    </message>
    <message>
        <source>Layer panel (activation, initializer, all hidden layers)</source>
        <translation>Panel de capa (activación, inicializador, todas las capas ocultas)</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Mostrar datos de prueba</translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation>Discretizar</translation>
    </message>
    <message>
        <source>Hide controls for the class</source>
        <translation>Ocultar controles para la clase</translation>
    </message>
    <message>
        <source>Checked controls are hidden in the window. The choice is saved with the experiment, so students who open the file see only what the lesson is about. Training is not changed.</source>
        <translation>Los controles marcados se ocultan en la ventana. La elección se guarda con el experimento, así que los alumnos que abran el archivo solo verán lo que trata la clase. El entrenamiento no cambia.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Uncheck every box: the whole window again</source>
        <translation>Desmarcar todas las casillas: de nuevo la ventana completa</translation>
    </message>
</context>
<context>
    <name>nnlab::ConfusionMatrixView</name>
    <message>
        <source>Rows: the true class. Columns: the class the network chose. The diagonal is right; a dark cell off it is a pair of classes the network confuses.</source>
        <translation>Filas: la clase real. Columnas: la clase que eligió la red. La diagonal son los aciertos; una celda oscura fuera de ella es un par de clases que la red confunde.</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>clase predicha</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>clase real</translation>
    </message>
</context>
<context>
    <name>nnlab::ConvGridView</name>
    <message>
        <source>input %1×%2</source>
        <translation>entrada %1×%2</translation>
    </message>
    <message>
        <source>, padding %1</source>
        <translation>, relleno %1</translation>
    </message>
    <message>
        <source>kernel %1×%1</source>
        <translation>núcleo %1×%1</translation>
    </message>
    <message>
        <source>max %1×%1</source>
        <translation>máx. %1×%1</translation>
    </message>
    <message>
        <source>mean %1×%1</source>
        <translation>media %1×%1</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>output %1×%2</source>
        <translation>salida %1×%2</translation>
    </message>
</context>
<context>
    <name>nnlab::ConvolutionExplorer</name>
    <message>
        <source>WE-25: 7×7, stride 2 (the notes print 3 wrong values)</source>
        <translation>WE-25: 7×7, paso 2 (los apuntes imprimen 3 valores erróneos)</translation>
    </message>
    <message>
        <source>WE-25 at stride 1: the full 5×5 map</source>
        <translation>WE-25 con paso 1: el mapa completo de 5×5</translation>
    </message>
    <message>
        <source>WE-17: sharpen kernel, first output −45</source>
        <translation>WE-17: núcleo de enfoque, primera salida −45</translation>
    </message>
    <message>
        <source>WE-20 / WE-22: 5×5 input, 2×2 filter → 4×4</source>
        <translation>WE-20 / WE-22: entrada 5×5, filtro 2×2 → 4×4</translation>
    </message>
    <message>
        <source>Pooling [[1,3],[2,4]]: max 4, average 2.5</source>
        <translation>Pooling [[1,3],[2,4]]: máx. 4, media 2,5</translation>
    </message>
    <message>
        <source>Pooling size: 4×4, f = 2, s = 2 (notes&apos; formula error)</source>
        <translation>Tamaño del pooling: 4×4, f = 2, s = 2 (error de fórmula en los apuntes)</translation>
    </message>
    <message>
        <source>WE-26: transposed, 3×3 → 5×5 with stride 2</source>
        <translation>WE-26: transpuesta, 3×3 → 5×5 con paso 2</translation>
    </message>
    <message>
        <source>WE-27: dilation 2</source>
        <translation>WE-27: dilatación 2</translation>
    </message>
    <message>
        <source>Your own settings</source>
        <translation>Ajustes propios</translation>
    </message>
    <message>
        <source>The worked examples of the course notes (Unit II), recomputed by the engine.</source>
        <translation>Los ejemplos resueltos de los apuntes del curso (Unidad II), recalculados por el motor.</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>Convolución transpuesta</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max pooling</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Average pooling</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Average pooling global</translation>
    </message>
    <message>
        <source>The operation swept over the grid: each is the engine&apos;s layer of that name.</source>
        <translation>La operación que recorre la cuadrícula: cada una es la capa del motor con ese nombre.</translation>
    </message>
    <message>
        <source>Input size I: the grid is I×I.</source>
        <translation>Tamaño de entrada I: la cuadrícula es de I×I.</translation>
    </message>
    <message>
        <source>Kernel (or pooling window) size K: K×K.</source>
        <translation>Tamaño K del núcleo (o de la ventana de pooling): K×K.</translation>
    </message>
    <message>
        <source>Stride S: how far the window moves between outputs.</source>
        <translation>Paso S: cuánto se desplaza la ventana entre una salida y la siguiente.</translation>
    </message>
    <message>
        <source>Padding P: rings of zeros around the input (for max pooling they count as −∞; for the transposed convolution P crops the output).</source>
        <translation>Relleno P: anillos de ceros alrededor de la entrada (en el max pooling cuentan como −∞; en la convolución transpuesta P recorta la salida).</translation>
    </message>
    <message>
        <source>Dilation D: the kernel&apos;s taps are D pixels apart, so it spans D(K − 1) + 1.</source>
        <translation>Dilatación D: los elementos del núcleo están a D píxeles unos de otros, así que abarca D(K − 1) + 1.</translation>
    </message>
    <message>
        <source>Output padding: extra rows and columns at the bottom and right of a transposed convolution&apos;s output (smaller than the stride).</source>
        <translation>Relleno de salida: filas y columnas extra abajo y a la derecha de la salida de una convolución transpuesta (menor que el paso).</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <source>box blur (K×K)</source>
        <translation>desenfoque de caja (K×K)</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>desenfoque gaussiano</translation>
    </message>
    <message>
        <source>sharpen</source>
        <translation>enfoque</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>bordes</translation>
    </message>
    <message>
        <source>WE-25 kernel</source>
        <translation>núcleo de WE-25</translation>
    </message>
    <message>
        <source>WE-20 filter</source>
        <translation>filtro de WE-20</translation>
    </message>
    <message>
        <source>The kernel&apos;s numbers. Identity, blur and sharpen sum to 1 and keep a flat picture as it is; edge sums to 0 and turns it black (WE-16).</source>
        <translation>Los números del núcleo. Identidad, desenfoque y enfoque suman 1 y dejan una imagen uniforme tal cual; bordes suma 0 y la vuelve negra (WE-16).</translation>
    </message>
    <message>
        <source>The highlighted window is multiplied by the kernel, cell by cell, and summed into the highlighted output (pooling takes the maximum or the mean instead).</source>
        <translation>La ventana resaltada se multiplica por el núcleo, celda a celda, y se suma en la salida resaltada (el pooling toma en su lugar el máximo o la media).</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Sweep the kernel over the input, one output per step.</source>
        <translation>Desplazar el núcleo sobre la entrada, una salida por paso.</translation>
    </message>
    <message>
        <source>The output being computed: drag to step through the sweep.</source>
        <translation>La salida que se está calculando: arrastre para avanzar por el recorrido.</translation>
    </message>
    <message>
        <source>The current output written out: the products of the window and the kernel and their sum.</source>
        <translation>La salida actual desarrollada: los productos de la ventana por el núcleo y su suma.</translation>
    </message>
    <message>
        <source>The output size with the numbers chosen above.</source>
        <translation>El tamaño de salida con los números elegidos arriba.</translation>
    </message>
    <message>
        <source>A picture drawn by the program: a disc, a square, stripes and a cross.</source>
        <translation>Una imagen dibujada por el programa: un disco, un cuadrado, rayas y una cruz.</translation>
    </message>
    <message>
        <source>The same operation applied to the picture by the engine&apos;s layer. Grey levels: 0 black, 1 white (edge kernels: the magnitude).</source>
        <translation>La misma operación aplicada a la imagen por la capa del motor. Niveles de gris: 0 negro, 1 blanco (núcleos de bordes: la magnitud).</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operación:</translation>
    </message>
    <message>
        <source>Input I</source>
        <translation>Entrada I</translation>
    </message>
    <message>
        <source>Kernel K</source>
        <translation>Núcleo K</translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation>Paso S</translation>
    </message>
    <message>
        <source>Padding P</source>
        <translation>Relleno P</translation>
    </message>
    <message>
        <source>Dilation D</source>
        <translation>Dilatación D</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>Relleno de salida</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Núcleo</translation>
    </message>
    <message>
        <source>7×7 input, kernel [[3,4,4],[1,0,2],[−1,0,3]], stride 2, no padding: (7 − 3 + 0)/2 + 1 = 3, and the engine gives &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Entrada 7×7, núcleo [[3,4,4],[1,0,2],[−1,0,3]], paso 2, sin relleno: (7 − 3 + 0)/2 + 1 = 3, y el motor da &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>the notes print [[91,110,83],[69,91,127],[44,72,74]]: 110, 83 and 127 are wrong; they are %1, %2 and %3. The notes&apos; size formula (n − f + 2p)/(s + 1) gives 1.33 here; it is (n − f + 2p)/s + 1 = 3.</source>
        <translation>los apuntes imprimen [[91,110,83],[69,91,127],[44,72,74]]: 110, 83 y 127 son erróneos; son %1, %2 y %3. La fórmula de tamaño de los apuntes (n − f + 2p)/(s + 1) da aquí 1,33; la correcta es (n − f + 2p)/s + 1 = 3.</translation>
    </message>
    <message>
        <source>The notes&apos; grid shows “3 ⁻²” in row 7, column 5: kernel superscripts printed over the cell, which holds 2 (the value that gives the notes&apos; own bottom row 44, 72, 74).</source>
        <translation>La cuadrícula de los apuntes muestra «3 ⁻²» en la fila 7, columna 5: superíndices del núcleo impresos sobre la celda, que contiene 2 (el valor que da la propia última fila de los apuntes, 44, 72, 74).</translation>
    </message>
    <message>
        <source>at stride 1 the same kernel gives the full 5×5 map %1; stride 2 keeps its rows and columns 0, 2 and 4.</source>
        <translation>con paso 1 el mismo núcleo da el mapa completo de 5×5 %1; el paso 2 conserva sus filas y columnas 0, 2 y 4.</translation>
    </message>
    <message>
        <source>the sharpen kernel on the top-left patch [[45,12,5],[22,10,35],[88,26,51]]: 45·0 + 12·(−1) + 5·0 + 22·(−1) + 10·5 + 35·(−1) + 88·0 + 26·(−1) + 51·0 = &lt;b&gt;%1&lt;/b&gt; ✓. The rest of the notes&apos; 4×4 input is in a missing figure; a 4×4 input gives 2×2.</source>
        <translation>el núcleo de enfoque sobre el fragmento superior izquierdo [[45,12,5],[22,10,35],[88,26,51]]: 45·0 + 12·(−1) + 5·0 + 22·(−1) + 10·5 + 35·(−1) + 88·0 + 26·(−1) + 51·0 = &lt;b&gt;%1&lt;/b&gt; ✓. El resto de la entrada 4×4 de los apuntes está en una figura que falta; una entrada 4×4 da 2×2.</translation>
    </message>
    <message>
        <source>the notes say the kernel is applied “by simple matrix multiplication”. It is an elementwise product and a sum (a dot product), not a matrix product.</source>
        <translation>los apuntes dicen que el núcleo se aplica «mediante una simple multiplicación de matrices». Es un producto elemento a elemento y una suma (un producto escalar), no un producto de matrices.</translation>
    </message>
    <message>
        <source>5×5 input, 2×2 filter, stride 1, no padding: O = (5 − 2 + 0)/1 + 1 = 4. The first element is 1×0 + 2×1 + 2×1 + 1×2 = &lt;b&gt;%1&lt;/b&gt; ✓. Only the input&apos;s top-left 2×2 and the filter are known (the figure is missing); the other input numbers here are made up.</source>
        <translation>Entrada 5×5, filtro 2×2, paso 1, sin relleno: O = (5 − 2 + 0)/1 + 1 = 4. El primer elemento es 1×0 + 2×1 + 2×1 + 1×2 = &lt;b&gt;%1&lt;/b&gt; ✓. Solo se conocen el 2×2 superior izquierdo de la entrada y el filtro (falta la figura); los demás números de entrada son inventados.</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>pooling</translation>
    </message>
    <message>
        <source>[[1,3],[2,4]] with a 2×2 window: max pooling gives &lt;b&gt;%1&lt;/b&gt;, average pooling (1 + 3 + 2 + 4)/4 = &lt;b&gt;%2&lt;/b&gt; ✓.</source>
        <translation>[[1,3],[2,4]] con una ventana 2×2: el max pooling da &lt;b&gt;%1&lt;/b&gt;, el average pooling (1 + 3 + 2 + 4)/4 = &lt;b&gt;%2&lt;/b&gt; ✓.</translation>
    </message>
    <message>
        <source>4×4 map, f = 2, s = 2: ⌊(4 − 2)/2⌋ + 1 = &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Mapa 4×4, f = 2, s = 2: ⌊(4 − 2)/2⌋ + 1 = &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>the notes print the pooling output size as (n&lt;sub&gt;h&lt;/sub&gt; − f + 1)/s, which gives 1.5 here and 15.5 for their own 32×32 example, where they claim 16. The size is ⌊(n&lt;sub&gt;h&lt;/sub&gt; − f)/s⌋ + 1. The notes also say max pooling takes the maximum “from each feature map”: it is from each window.</source>
        <translation>los apuntes dan el tamaño de salida del pooling como (n&lt;sub&gt;h&lt;/sub&gt; − f + 1)/s, lo que da aquí 1,5 y 15,5 para su propio ejemplo de 32×32, donde afirman 16. El tamaño es ⌊(n&lt;sub&gt;h&lt;/sub&gt; − f)/s⌋ + 1. Los apuntes también dicen que el max pooling toma el máximo «de cada mapa de características»: es de cada ventana.</translation>
    </message>
    <message>
        <source>transposed convolution, 3×3 input, k = 3, s = 2, p = 1: o = (3 − 1)·2 − 2·1 + 3 = &lt;b&gt;%1&lt;/b&gt; ✓. Stride 2 puts one zero between input pixels (3×3 becomes 5×5) before the kernel is applied; each input pixel stamps its value times the kernel (here the identity kernel, so the output shows the inserted zeros).</source>
        <translation>convolución transpuesta, entrada 3×3, k = 3, s = 2, p = 1: o = (3 − 1)·2 − 2·1 + 3 = &lt;b&gt;%1&lt;/b&gt; ✓. El paso 2 pone un cero entre los píxeles de entrada (3×3 pasa a 5×5) antes de aplicar el núcleo; cada píxel de entrada estampa su valor por el núcleo (aquí el núcleo identidad, así que la salida muestra los ceros insertados).</translation>
    </message>
    <message>
        <source>dilation l = 2: the kernel skips l − 1 = 1 pixel between taps, spans k + (k − 1)(l − 1) = 5 and turns 7×7 into &lt;b&gt;%1×%1&lt;/b&gt;; it still has 9 weights.</source>
        <translation>dilatación l = 2: el núcleo salta l − 1 = 1 píxel entre sus elementos, abarca k + (k − 1)(l − 1) = 5 y convierte 7×7 en &lt;b&gt;%1×%1&lt;/b&gt;; sigue teniendo 9 pesos.</translation>
    </message>
    <message>
        <source>the notes print the sum condition as s + l = p; it is s + l·t = p.</source>
        <translation>los apuntes imprimen la condición de suma como s + l = p; es s + l·t = p.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; O = ⌊(I + 2P − K) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3) / %4⌋ + 1</source>
        <translation>&lt;b&gt;Tamaño de salida&lt;/b&gt; O = ⌊(I + 2P − K) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3) / %4⌋ + 1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; O = ⌊(I + 2P − D(K − 1) − 1) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3·%4 − 1) / %5⌋ + 1 (the dilated kernel spans D(K − 1) + 1 = %6)</source>
        <translation>&lt;b&gt;Tamaño de salida&lt;/b&gt; O = ⌊(I + 2P − D(K − 1) − 1) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3·%4 − 1) / %5⌋ + 1 (el núcleo dilatado abarca D(K − 1) + 1 = %6)</translation>
    </message>
    <message>
        <source>: the numerator is %1 &amp;lt; 0, the window does not fit.</source>
        <translation>: el numerador es %1 &amp;lt; 0, la ventana no cabe.</translation>
    </message>
    <message>
        <source> = ⌊%1 / %2⌋ + 1 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation> = ⌊%1 / %2⌋ + 1 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — the division leaves %1: the last %1 row(s) and column(s) of the padded input are never covered (floor drops them).</source>
        <translation> — la división deja un resto de %1: las últimas %1 fila(s) y columna(s) de la entrada rellenada nunca se cubren (el redondeo hacia abajo las descarta).</translation>
    </message>
    <message>
        <source>&lt;br&gt;Max pooling treats the padding as −∞.</source>
        <translation>&lt;br&gt;El max pooling trata el relleno como −∞.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Average pooling counts the padded zeros in the divisor K² = %1.</source>
        <translation>&lt;br&gt;El average pooling cuenta los ceros de relleno en el divisor K² = %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; O = (I − 1)·S − 2P + D(K − 1) + output_padding + 1 = (%1 − 1)·%2 − 2·%3 + %4·%5 + %6 + 1 = &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tamaño de salida&lt;/b&gt; O = (I − 1)·S − 2P + D(K − 1) + output_padding + 1 = (%1 − 1)·%2 − 2·%3 + %4·%5 + %6 + 1 = &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; 1: each channel&apos;s %1×%1 map becomes its mean (h×w×n → 1×1×n).</source>
        <translation>&lt;b&gt;Tamaño de salida&lt;/b&gt; 1: el mapa %1×%1 de cada canal se convierte en su media (h×w×n → 1×1×n).</translation>
    </message>
    <message>
        <source>y[%1,%2] = %3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>y[%1,%2] = %3 = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>y[%1,%2] = max(%3) = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>y[%1,%2] = max(%3) = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>y[%1,%2] = (%3) / %4 = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>y[%1,%2] = (%3) / %4 = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>y = (sum of the %1 values) / %1 = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>y = (suma de los %1 valores) / %1 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>x[%1,%2] = %3 adds %3 × kernel to the output window starting at row %4, column %5 (cropped by the padding); each output is the sum of the stamps that reach it.</source>
        <translation>x[%1,%2] = %3 suma %3 × núcleo a la ventana de salida que empieza en la fila %4, columna %5 (recortada por el relleno); cada salida es la suma de las estampas que la alcanzan.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Global pooling leaves one number per channel: %1 for this picture.</source>
        <translation>El pooling global deja un número por canal: %1 para esta imagen.</translation>
    </message>
    <message>
        <source>Picture %1×%1 → %2×%3%4</source>
        <translation>Imagen %1×%1 → %2×%3%4</translation>
    </message>
    <message>
        <source> (magnitude)</source>
        <translation> (magnitud)</translation>
    </message>
    <message>
        <source> (scaled)</source>
        <translation> (escalada)</translation>
    </message>
</context>
<context>
    <name>nnlab::CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 column(s).</source>
        <translation>
            <numerusform>%n fila, %1 columna(s).</numerusform>
            <numerusform>%n filas, %1 columna(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The column the network learns to predict.</source>
        <translation>La columna que la red aprende a predecir.</translation>
    </message>
    <message>
        <source>The columns the network reads; with exactly two, the data is drawn on the plane.</source>
        <translation>Las columnas que lee la red; con exactamente dos, los datos se dibujan en el plano.</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (texto)</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number; automatic decides from the target column.</source>
        <translation>La clasificación predice una clase, la regresión un número; automático decide según la columna objetivo.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation>Columnas de entrada</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>nnlab::DataPanel</name>
    <message>
        <source>A disc of one class inside a ring of the other.</source>
        <translation>Un disco de una clase dentro de un anillo de la otra.</translation>
    </message>
    <message>
        <source>Four quadrants: the class is the sign of x₁·x₂ (exclusive or).</source>
        <translation>Cuatro cuadrantes: la clase es el signo de x₁·x₂ (o exclusivo).</translation>
    </message>
    <message>
        <source>Two round clouds of points, one per class.</source>
        <translation>Dos nubes redondas de puntos, una por clase.</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms: hard for a small network.</source>
        <translation>Dos brazos de espiral entrelazados: difícil para una red pequeña.</translation>
    </message>
    <message>
        <source>Two interlocking half circles.</source>
        <translation>Dos semicírculos entrelazados.</translation>
    </message>
    <message>
        <source>Squares of alternating classes, like a chessboard.</source>
        <translation>Casillas de clases alternas, como un tablero de ajedrez.</translation>
    </message>
    <message>
        <source>K round clouds, one per class; choose K below.</source>
        <translation>K nubes redondas, una por clase; elija K abajo.</translation>
    </message>
    <message>
        <source>K interleaved spiral arms, one per class; choose K below.</source>
        <translation>K brazos de espiral entrelazados, uno por clase; elija K abajo.</translation>
    </message>
    <message>
        <source>Regression: the target rises evenly across the plane.</source>
        <translation>Regresión: el objetivo crece de forma uniforme a través del plano.</translation>
    </message>
    <message>
        <source>Regression: six bumps of positive and negative targets.</source>
        <translation>Regresión: seis colinas de objetivos positivos y negativos.</translation>
    </message>
    <message>
        <source>Import a table of numbers from a CSV file and choose its columns.</source>
        <translation>Importar una tabla de números de un archivo CSV y elegir sus columnas.</translation>
    </message>
    <message>
        <source>Draw your own points: click to add, right-click to remove.</source>
        <translation>Dibuje sus propios puntos: clic para añadir, clic derecho para quitar.</translation>
    </message>
    <message>
        <source>Feed %1 to the network as an input; click to switch it on or off.</source>
        <translation>Dar %1 a la red como entrada; clic para activarlo o desactivarlo.</translation>
    </message>
    <message>
        <source>How many classes the blobs and multi-arm spiral sets have.</source>
        <translation>Cuántas clases tienen los conjuntos de nubes y de espiral de varios brazos.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>How much the points are jittered or their labels flipped near the boundary, in percent.</source>
        <translation>Cuánto se desplazan los puntos o se invierten sus etiquetas cerca de la frontera, en porcentaje.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>How many points the data set has, training and test together.</source>
        <translation>Cuántos puntos tiene el conjunto de datos, entrenamiento y prueba juntos.</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Parte de entrenamiento</translation>
    </message>
    <message>
        <source>The share of the points used for training; the rest are test points.</source>
        <translation>La parte de los puntos usada para entrenar; el resto son puntos de prueba.</translation>
    </message>
    <message>
        <source>The data seed: the same seed always gives the same points and the same split.</source>
        <translation>La semilla de datos: la misma semilla da siempre los mismos puntos y la misma división.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Draw a new seed and new points; the network keeps its weights.</source>
        <translation>Tomar una semilla nueva y puntos nuevos; la red conserva sus pesos.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Características de entrada</translation>
    </message>
    <message>
        <source>Which functions of x₁ and x₂ the network gets as its inputs.</source>
        <translation>Qué funciones de x₁ y x₂ recibe la red como entradas.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Load your own table of numbers and choose the target and input columns.</source>
        <translation>Cargar su propia tabla de números y elegir las columnas objetivo y de entrada.</translation>
    </message>
    <message>
        <source>The class a click adds.</source>
        <translation>La clase que añade un clic.</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove every drawn point.</source>
        <translation>Quitar todos los puntos dibujados.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <source>Classes %1</source>
        <translation>Clases %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Noise %1 %</source>
        <translation>Ruido %1 %</translation>
    </message>
    <message>
        <source>Points %1</source>
        <translation>Puntos %1</translation>
    </message>
    <message>
        <source>Training share %1 %</source>
        <translation>Parte de entrenamiento %1 %</translation>
    </message>
    <message>
        <source>Data seed %1</source>
        <translation>Semilla de datos %1</translation>
    </message>
    <message>
        <source>Could not use %1: %2</source>
        <translation>No se pudo usar %1: %2</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation>Regenerar datos</translation>
    </message>
    <message>
        <source>Keep at least one input feature.</source>
        <translation>Deje al menos una característica de entrada.</translation>
    </message>
    <message>
        <source>Feature %1 on</source>
        <translation>Característica %1 activada</translation>
    </message>
    <message>
        <source>Feature %1 off</source>
        <translation>Característica %1 desactivada</translation>
    </message>
    <message>
        <source>Add a point of class %1</source>
        <translation>Añadir un punto de la clase %1</translation>
    </message>
    <message>
        <source>Remove a point</source>
        <translation>Quitar un punto</translation>
    </message>
    <message>
        <source>Clear the drawn points</source>
        <translation>Borrar los puntos dibujados</translation>
    </message>
    <message>
        <source>%1, on</source>
        <translation>%1, activada</translation>
    </message>
    <message>
        <source>%1, off</source>
        <translation>%1, desactivada</translation>
    </message>
    <message>
        <source>ConvNetJS&apos;s 13 fixed points: too few for an obvious boundary.</source>
        <translation>Los 13 puntos fijos de ConvNetJS: demasiado pocos para una frontera evidente.</translation>
    </message>
    <message>
        <source>Points with coin-flip labels: nothing to learn, so a fit is memorisation (the test accuracy stays near 50 %).</source>
        <translation>Puntos con etiquetas echadas a cara o cruz: no hay nada que aprender, así que un buen ajuste es pura memorización (la exactitud de prueba se queda cerca del 50 %).</translation>
    </message>
    <message>
        <source>Data: %1. One sample is an image of %2 (channels × height × width). Other image and sequence experiments are in File &gt; Examples.</source>
        <translation>Datos: %1. Cada muestra es una imagen de %2 (canales × alto × ancho). Hay más experimentos con imágenes y secuencias en Archivo &gt; Ejemplos.</translation>
    </message>
    <message>
        <source>Data: %1. One sample is a sequence of %2 (time steps × features). Other image and sequence experiments are in File &gt; Examples.</source>
        <translation>Datos: %1. Cada muestra es una secuencia de %2 (pasos de tiempo × características). Hay más experimentos con imágenes y secuencias en Archivo &gt; Ejemplos.</translation>
    </message>
    <message>
        <source>Sequences…</source>
        <translation>Secuencias…</translation>
    </message>
    <message>
        <source>Load sequences from a CSV file: one sequence per row, or one time step per row with a column naming the sequence.</source>
        <translation>Cargar secuencias de un archivo CSV: una secuencia por fila, o un paso de tiempo por fila con una columna que nombra la secuencia.</translation>
    </message>
    <message>
        <source>Images %1 × %2, colour</source>
        <translation>Imágenes %1 × %2, en color</translation>
    </message>
    <message>
        <source>Images %1 × %2, grey</source>
        <translation>Imágenes %1 × %2, en escala de grises</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>Import an image folder: one subfolder of PNG or JPEG images per class</source>
        <translation>Importar una carpeta de imágenes: una subcarpeta de imágenes PNG o JPEG por clase</translation>
    </message>
    <message>
        <source>How many time steps each sequence has: longer sequences are harder to remember through, and show the gradient fading over more steps.</source>
        <translation>Cuántos pasos de tiempo tiene cada secuencia: en las secuencias más largas cuesta más recordar de principio a fin, y muestran cómo el gradiente se desvanece a lo largo de más pasos.</translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation>Pasos de tiempo</translation>
    </message>
    <message>
        <source>Blank steps between the symbols and the cue that asks for one of them: a plain RNN forgets past a few, an LSTM or GRU holds on longer.</source>
        <translation>Pasos en blanco entre los símbolos y la señal que pide uno de ellos: una RNN simple olvida tras unos pocos, una LSTM o GRU aguanta más.</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retardo</translation>
    </message>
    <message>
        <source>Time steps %1</source>
        <translation>Pasos de tiempo %1</translation>
    </message>
    <message>
        <source>Recall delay %1</source>
        <translation>Retardo para recordar %1</translation>
    </message>
    <message>
        <source>Import sequences %1</source>
        <translation>Importar secuencias %1</translation>
    </message>
    <message>
        <source>Import sequences</source>
        <translation>Importar secuencias</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Parte de validación</translation>
    </message>
    <message>
        <source>The share of the training points held out for validation: early stopping watches their loss, so the test points stay unseen until the end. 0 % trains on all of them.</source>
        <translation>La parte de los puntos de entrenamiento reservada para validación: la parada temprana vigila su pérdida, así los puntos de prueba no se ven hasta el final. Con 0 % se entrena con todos.</translation>
    </message>
    <message>
        <source>Validation share %1 %</source>
        <translation>Parte de validación %1 %</translation>
    </message>
</context>
<context>
    <name>nnlab::DecisionMapView</name>
    <message>
        <source>The network&apos;s output over the input plane: the colour is the predicted class, its strength the confidence.</source>
        <translation>La salida de la red sobre el plano de entrada: el color es la clase predicha, su intensidad la confianza.</translation>
    </message>
    <message>
        <source>Showing the network output</source>
        <translation>Se muestra la salida de la red</translation>
    </message>
    <message>
        <source>Which map is shown: the network&apos;s output, or the neuron under the mouse on the canvas.</source>
        <translation>Qué mapa se muestra: la salida de la red o la neurona bajo el ratón.</translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation>Discretizar</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Mostrar datos de prueba</translation>
    </message>
    <message>
        <source>Overlay the test points (outlined rings) next to the training points (filled dots).</source>
        <translation>Superponer los puntos de prueba (anillos) junto a los de entrenamiento (puntos rellenos).</translation>
    </message>
    <message>
        <source>P(class 1)</source>
        <translation>P(clase 1)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>valor predicho</translation>
    </message>
    <message>
        <source>Showing input %1</source>
        <translation>Se muestra la entrada %1</translation>
    </message>
    <message>
        <source>Showing neuron %1 of %2</source>
        <translation>Se muestra la neurona %1 de %2</translation>
    </message>
    <message>
        <source>neuron output</source>
        <translation>salida de la neurona</translation>
    </message>
    <message>
        <source>This kind of model has no output over the plane</source>
        <translation>Este tipo de modelo no tiene salida sobre el plano</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Se muestra: %1</translation>
    </message>
    <message>
        <source>Show only the predicted class (or the sign), without the confidence shading; the neuron pictures on the network too.</source>
        <translation>Mostrar solo la clase predicha (o el signo), sin el sombreado de confianza; también en las imágenes de las neuronas de la red.</translation>
    </message>
    <message>
        <source>The network&apos;s output over the input plane. Click to add a point of the class chosen under Draw (Data panel), Shift+click for the next class; right-click or Ctrl+click removes the nearest point. Ctrl+Z takes a click back.</source>
        <translation>La salida de la red sobre el plano de entrada. Haga clic para añadir un punto de la clase elegida en Dibujar (panel Datos), Mayús+clic para la clase siguiente; clic derecho o Ctrl+clic quita el punto más cercano. Ctrl+Z deshace un clic.</translation>
    </message>
    <message>
        <source>The map&apos;s units (white), joined in a chain, over the data</source>
        <translation>Unidades del mapa (blanco) en cadena sobre los datos</translation>
    </message>
</context>
<context>
    <name>nnlab::DistributionExplorer</name>
    <message>
        <source>Bernoulli</source>
        <translation>Bernoulli</translation>
    </message>
    <message>
        <source>Binomial</source>
        <translation>Binomial</translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>Gaussian (normal)</source>
        <translation>Gaussiana (normal)</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponencial</translation>
    </message>
    <message>
        <source>The distribution to sample from and to draw exactly.</source>
        <translation>La distribución de la que se toman muestras y que se dibuja de forma exacta.</translation>
    </message>
    <message>
        <source>How many samples the histogram counts. More samples: the histogram settles on the exact curve.</source>
        <translation>Cuántas muestras cuenta el histograma. Con más muestras, el histograma se ajusta a la curva exacta.</translation>
    </message>
    <message>
        <source>The random seed: the same seed draws the same samples.</source>
        <translation>La semilla aleatoria: la misma semilla genera las mismas muestras.</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>Volver a generar</translation>
    </message>
    <message>
        <source>New samples with the next seed.</source>
        <translation>Muestras nuevas con la semilla siguiente.</translation>
    </message>
    <message>
        <source>by NumPy&apos;s scale β = 1/λ</source>
        <translation>con la escala β = 1/λ de NumPy</translation>
    </message>
    <message>
        <source>NumPy&apos;s exponential(3) takes the scale β = 3 (mean 3), not the rate λ = 1/3.</source>
        <translation>exponential(3) de NumPy toma la escala β = 3 (media 3), no la tasa λ = 1/3.</translation>
    </message>
    <message>
        <source>show the notes&apos; formula</source>
        <translation>mostrar la fórmula de los apuntes</translation>
    </message>
    <message>
        <source>Overlay the notes&apos; density (π·σ)·exp(−z²/2) on the right axis: the same shape, but its area is far from 1.</source>
        <translation>Superponer la densidad de los apuntes (π·σ)·exp(−z²/2) en el eje derecho: la misma forma, pero su área está lejos de 1.</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>probability / density</source>
        <translation>probabilidad / densidad</translation>
    </message>
    <message>
        <source>Bars: the samples (relative frequency, or density for continuous variables). Line or dots: the exact pmf / pdf.</source>
        <translation>Barras: las muestras (frecuencia relativa, o densidad en variables continuas). Línea o puntos: la función de probabilidad / densidad exacta.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>notes&apos; formula (right axis)</source>
        <translation>fórmula de los apuntes (eje derecho)</translation>
    </message>
    <message>
        <source>Sample statistics next to the exact ones.</source>
        <translation>Estadísticos de la muestra junto a los exactos.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>φ = P(x = 1)</source>
        <translation>φ = P(x = 1)</translation>
    </message>
    <message>
        <source>The probability of a 1 (a head).</source>
        <translation>La probabilidad de un 1 (una cara).</translation>
    </message>
    <message>
        <source>n trials</source>
        <translation>n ensayos</translation>
    </message>
    <message>
        <source>p per trial</source>
        <translation>p por ensayo</translation>
    </message>
    <message>
        <source>The number of independent Bernoulli trials.</source>
        <translation>El número de ensayos de Bernoulli independientes.</translation>
    </message>
    <message>
        <source>The success probability of each trial.</source>
        <translation>La probabilidad de éxito de cada ensayo.</translation>
    </message>
    <message>
        <source>λ (expected count)</source>
        <translation>λ (número esperado)</translation>
    </message>
    <message>
        <source>The expected number of events in the interval: the rate times the interval&apos;s length.</source>
        <translation>El número esperado de sucesos en el intervalo: la tasa por la longitud del intervalo.</translation>
    </message>
    <message>
        <source>a (low)</source>
        <translation>a (inferior)</translation>
    </message>
    <message>
        <source>b (high)</source>
        <translation>b (superior)</translation>
    </message>
    <message>
        <source>The lower end of the interval.</source>
        <translation>El extremo inferior del intervalo.</translation>
    </message>
    <message>
        <source>The upper end of the interval (above a).</source>
        <translation>El extremo superior del intervalo (mayor que a).</translation>
    </message>
    <message>
        <source>μ (mean)</source>
        <translation>μ (media)</translation>
    </message>
    <message>
        <source>σ (standard deviation)</source>
        <translation>σ (desviación típica)</translation>
    </message>
    <message>
        <source>The centre of the bell.</source>
        <translation>El centro de la campana.</translation>
    </message>
    <message>
        <source>The width of the bell: the standard deviation, not the variance.</source>
        <translation>La anchura de la campana: la desviación típica, no la varianza.</translation>
    </message>
    <message>
        <source>scale β = 1/λ (mean)</source>
        <translation>escala β = 1/λ (media)</translation>
    </message>
    <message>
        <source>NumPy&apos;s parameter: the mean waiting time β.</source>
        <translation>El parámetro de NumPy: el tiempo medio de espera β.</translation>
    </message>
    <message>
        <source>rate λ</source>
        <translation>tasa λ</translation>
    </message>
    <message>
        <source>Events per unit time; the mean waiting time is 1/λ.</source>
        <translation>Sucesos por unidad de tiempo; el tiempo medio de espera es 1/λ.</translation>
    </message>
    <message>
        <source>exact pmf</source>
        <translation>función de probabilidad exacta</translation>
    </message>
    <message>
        <source>exact pdf</source>
        <translation>densidad exacta</translation>
    </message>
    <message>
        <source>notes&apos; formula</source>
        <translation>fórmula de los apuntes</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilidad</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densidad</translation>
    </message>
    <message>
        <source>b must be above a.</source>
        <translation>b debe ser mayor que a.</translation>
    </message>
    <message>
        <source>%1 samples: mean &lt;b&gt;%2&lt;/b&gt; (exact %3), variance &lt;b&gt;%4&lt;/b&gt; (exact %5).</source>
        <translation>%1 muestras: media &lt;b&gt;%2&lt;/b&gt; (exacta %3), varianza &lt;b&gt;%4&lt;/b&gt; (exacta %5).</translation>
    </message>
    <message>
        <source> Σ P(x) = %1.</source>
        <translation> Σ P(x) = %1.</translation>
    </message>
    <message>
        <source> Area under the pdf = %1.</source>
        <translation> Área bajo la densidad = %1.</translation>
    </message>
    <message>
        <source> Area under the notes&apos; curve = &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation> Área bajo la curva de los apuntes = &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>P(x = 1) = φ, P(x = 0) = 1 − φ, i.e. P(x) = φ&lt;sup&gt;x&lt;/sup&gt; (1 − φ)&lt;sup&gt;1−x&lt;/sup&gt;; E[x] = φ, Var[x] = φ(1 − φ).</source>
        <translation>P(x = 1) = φ, P(x = 0) = 1 − φ, es decir, P(x) = φ&lt;sup&gt;x&lt;/sup&gt; (1 − φ)&lt;sup&gt;1−x&lt;/sup&gt;; E[x] = φ, Var[x] = φ(1 − φ).</translation>
    </message>
    <message>
        <source>P(r; n, p) = C(n, r) p&lt;sup&gt;r&lt;/sup&gt; (1 − p)&lt;sup&gt;n−r&lt;/sup&gt;: r successes in n independent trials; mean np, variance np(1 − p).</source>
        <translation>P(r; n, p) = C(n, r) p&lt;sup&gt;r&lt;/sup&gt; (1 − p)&lt;sup&gt;n−r&lt;/sup&gt;: r éxitos en n ensayos independientes; media np, varianza np(1 − p).</translation>
    </message>
    <message>
        <source>P(k; λ) = λ&lt;sup&gt;k&lt;/sup&gt; e&lt;sup&gt;−λ&lt;/sup&gt; / k!: the count of events when λ are expected; mean = variance = λ.</source>
        <translation>P(k; λ) = λ&lt;sup&gt;k&lt;/sup&gt; e&lt;sup&gt;−λ&lt;/sup&gt; / k!: el número de sucesos cuando se esperan λ; media = varianza = λ.</translation>
    </message>
    <message>
        <source>u(x; a, b) = 1/(b − a) for a ≤ x ≤ b, else 0; mean (a + b)/2, variance (b − a)²/12.</source>
        <translation>u(x; a, b) = 1/(b − a) para a ≤ x ≤ b, si no 0; media (a + b)/2, varianza (b − a)²/12.</translation>
    </message>
    <message>
        <source>N(x; μ, σ²) = exp(−(x − μ)² / (2σ²)) / (σ √(2π)); mean μ, variance σ². Its peak is 1/(σ√(2π)).</source>
        <translation>N(x; μ, σ²) = exp(−(x − μ)² / (2σ²)) / (σ √(2π)); media μ, varianza σ². Su máximo es 1/(σ√(2π)).</translation>
    </message>
    <message>
        <source>p(x; λ) = λ e&lt;sup&gt;−λx&lt;/sup&gt; for x ≥ 0: waiting times between events of a Poisson process; mean 1/λ = β, variance 1/λ².</source>
        <translation>p(x; λ) = λ e&lt;sup&gt;−λx&lt;/sup&gt; para x ≥ 0: tiempos de espera entre sucesos de un proceso de Poisson; media 1/λ = β, varianza 1/λ².</translation>
    </message>
    <message>
        <source>bernoulli(0.6) at x = [0, 1] gives [%1, %2] ✓; mean 0.6, variance %3.</source>
        <translation>bernoulli(0.6) en x = [0, 1] da [%1, %2] ✓; media 0,6, varianza %3.</translation>
    </message>
    <message>
        <source>p = 0.4: P(2; 5) = %1 and P(2; 6) = %2.</source>
        <translation>p = 0,4: P(2; 5) = %1 y P(2; 6) = %2.</translation>
    </message>
    <message>
        <source>the story tosses a biased coin “six” times, the code uses n = 5. Set n to 5 or 6 to see both.</source>
        <translation>la historia lanza una moneda trucada «seis» veces, el código usa n = 5. Ponga n a 5 o a 6 para ver ambos casos.</translation>
    </message>
    <message>
        <source>λ = 5: P(5; 5) = 5⁵ e⁻⁵ / 5! = %1; 100 samples have a mean near 5.</source>
        <translation>λ = 5: P(5; 5) = 5⁵ e⁻⁵ / 5! = %1; 100 muestras tienen una media cercana a 5.</translation>
    </message>
    <message>
        <source>the notes call λ the “known number of occurrences”. It is the expected count (the rate times the interval).</source>
        <translation>los apuntes llaman a λ el «número conocido de ocurrencias». Es el número esperado (la tasa por el intervalo).</translation>
    </message>
    <message>
        <source>NumPy&apos;s uniform() is U[0, 1): its histogram sits flat at 1.</source>
        <translation>uniform() de NumPy es U[0, 1): su histograma queda plano en 1.</translation>
    </message>
    <message>
        <source>the notes call 1/(b − a) a probability. It is a density: with b − a = 0.5 it is 2, while the area stays 1.</source>
        <translation>los apuntes llaman probabilidad a 1/(b − a). Es una densidad: con b − a = 0,5 vale 2, mientras el área sigue siendo 1.</translation>
    </message>
    <message>
        <source>with σ = np.std(linspace(1, 50, 100)) = 14.2872 the peak is 1/(σ√(2π)) = %1.</source>
        <translation>con σ = np.std(linspace(1, 50, 100)) = 14,2872 el máximo es 1/(σ√(2π)) = %1.</translation>
    </message>
    <message>
        <source>the notes&apos; code computes (π·sd)·exp(−½((x − mean)/sd)²): peak π·sd = 44.885 and an area of about 1607, not 1. The prefactor must be 1/(sd·√(2π)). “The mean is 0” holds only for the standard normal.</source>
        <translation>el código de los apuntes calcula (π·sd)·exp(−½((x − mean)/sd)²): máximo π·sd = 44,885 y un área de unos 1607, no 1. El prefactor debe ser 1/(sd·√(2π)). «La media es 0» solo vale para la normal estándar.</translation>
    </message>
    <message>
        <source>np.random.exponential(3, 1000) takes the scale β = 3: mean 3, rate λ = 1/3.</source>
        <translation>np.random.exponential(3, 1000) toma la escala β = 3: media 3, tasa λ = 1/3.</translation>
    </message>
    <message>
        <source>The notes do not say that NumPy&apos;s first argument is the scale, not the rate.</source>
        <translation>Los apuntes no dicen que el primer argumento de NumPy es la escala, no la tasa.</translation>
    </message>
</context>
<context>
    <name>nnlab::DistributionPad</name>
    <message>
        <source>Drag the mouse to draw where the real samples should lie.</source>
        <translation>Arrastre el ratón para dibujar dónde deben estar las muestras reales.</translation>
    </message>
    <message>
        <source>Draw here</source>
        <translation>Dibuje aquí</translation>
    </message>
</context>
<context>
    <name>nnlab::DocumentFiles</name>
    <message>
        <source>New Experiment</source>
        <translation>Nuevo experimento</translation>
    </message>
    <message>
        <source>Open Experiment</source>
        <translation>Abrir experimento</translation>
    </message>
    <message>
        <source>Experiments (*.json);;All files (*)</source>
        <translation>Experimentos (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Opened %1: training goes on from epoch %2.</source>
        <translation>Se abrió %1: el entrenamiento continúa desde la época %2.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>%1 is no longer there, so it was removed from the list of recent files.</source>
        <translation>%1 ya no existe, así que se quitó de la lista de archivos recientes.</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Lesson opened: press Play and watch the Gradient health panel.</source>
        <translation>Lección abierta: pulse Iniciar y observe el panel Salud del gradiente.</translation>
    </message>
    <message>
        <source>Recover Experiment</source>
        <translation>Recuperar experimento</translation>
    </message>
    <message>
        <source>Could not recover from %1: %2</source>
        <translation>No se pudo recuperar desde %1: %2</translation>
    </message>
    <message>
        <source>Recovered the experiment of %1. Save it to keep it.</source>
        <translation>Se recuperó el experimento del %1. Guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>A recovery file could not be read and was set aside as %1: %2</source>
        <translation>Un archivo de recuperación no se pudo leer y se apartó como %1: %2</translation>
    </message>
    <message>
        <source>Recover the unsaved experiment from %1?</source>
        <translation>¿Recuperar el experimento sin guardar del %1?</translation>
    </message>
    <message>
        <source>The lab ended without saving an untitled experiment.</source>
        <translation>El laboratorio se cerró sin guardar un experimento sin título.</translation>
    </message>
    <message>
        <source>The lab ended without saving changes to %1.</source>
        <translation>El laboratorio se cerró sin guardar los cambios de %1.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The experiment has changes that are not saved. Save them?</source>
        <translation>El experimento tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>There is no trained network yet: saved the settings without weights.</source>
        <translation>Todavía no hay una red entrenada: se guardó la configuración sin pesos.</translation>
    </message>
    <message>
        <source>Training runs on other settings than these (the last change failed): saved the settings without weights.</source>
        <translation>El entrenamiento usa otra configuración (el último cambio falló): se guardó la configuración sin pesos.</translation>
    </message>
    <message>
        <source>Save Experiment</source>
        <translation>Guardar experimento</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Experimentos (*.json)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation>Abrir ejemplo</translation>
    </message>
    <message>
        <source>Example opened: press Play to train it.</source>
        <translation>Ejemplo abierto: pulse Iniciar para entrenarlo.</translation>
    </message>
</context>
<context>
    <name>nnlab::DrawingPad</name>
    <message>
        <source>Draw a digit with the mouse: the network&apos;s answer and its feature maps follow the pen.</source>
        <translation>Dibuje una cifra con el ratón: la respuesta de la red y sus mapas de características siguen al lápiz.</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Dibuje una cifra aquí</translation>
    </message>
</context>
<context>
    <name>nnlab::ExportFigureDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <source>Export All Figures</source>
        <translation>Exportar todas las figuras</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PNG is a picture of pixels; SVG and PDF keep lines and text sharp at any zoom.</source>
        <translation>PNG es una imagen de píxeles; SVG y PDF mantienen nítidos las líneas y el texto con cualquier zoom.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of the PNG in pixels.</source>
        <translation>Anchura del PNG en píxeles.</translation>
    </message>
    <message>
        <source>Height of the PNG in pixels.</source>
        <translation>Altura del PNG en píxeles.</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Dots per inch: how large text and lines are for the size. 150 dpi suits a printed page; SVG and PDF get the same layout and printed size.</source>
        <translation>Puntos por pulgada: qué tamaño tienen el texto y las líneas en relación con el tamaño de la imagen. 150 ppp van bien para una página impresa; SVG y PDF reciben la misma disposición y el mismo tamaño impreso.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Anchura:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;ltura:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>Printed size:</source>
        <translation>Tamaño impreso:</translation>
    </message>
    <message>
        <source>%1 × %2 cm</source>
        <translation>%1 × %2 cm</translation>
    </message>
</context>
<context>
    <name>nnlab::ExportMenu</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Model as &amp;ONNX…</source>
        <translation>Modelo como &amp;ONNX…</translation>
    </message>
    <message>
        <source>The trained network as an ONNX file for onnxruntime and other tools.</source>
        <translation>La red entrenada como archivo ONNX para onnxruntime y otras herramientas.</translation>
    </message>
    <message>
        <source>&amp;PyTorch Script…</source>
        <translation>&amp;Script de PyTorch…</translation>
    </message>
    <message>
        <source>A folder with train.py, the weights and the data: PyTorch rebuilds the network and goes on training.</source>
        <translation>Una carpeta con train.py, los pesos y los datos: PyTorch reconstruye la red y sigue entrenando.</translation>
    </message>
    <message>
        <source>Training &amp;History (CSV)…</source>
        <translation>&amp;Historial de entrenamiento (CSV)…</translation>
    </message>
    <message>
        <source>Loss and metric per epoch as a table, e.g. for a spreadsheet.</source>
        <translation>Pérdida y métrica por época como tabla, p. ej. para una hoja de cálculo.</translation>
    </message>
    <message>
        <source>&amp;Weights (CSV)…</source>
        <translation>&amp;Pesos (CSV)…</translation>
    </message>
    <message>
        <source>Every weight and bias, one line per number.</source>
        <translation>Cada peso y cada sesgo, una línea por número.</translation>
    </message>
    <message>
        <source>&amp;Data Set (CSV)…</source>
        <translation>&amp;Conjunto de datos (CSV)…</translation>
    </message>
    <message>
        <source>The training and test points as train.csv and test.csv in a folder.</source>
        <translation>Los puntos de entrenamiento y de prueba como train.csv y test.csv en una carpeta.</translation>
    </message>
    <message>
        <source>&amp;Report (HTML)…</source>
        <translation>&amp;Informe (HTML)…</translation>
    </message>
    <message>
        <source>One file with the settings, the network, the curves, the output and the final metrics, e.g. for a hand-in.</source>
        <translation>Un archivo con los ajustes, la red, las curvas, la salida y las métricas finales, p. ej. para una entrega.</translation>
    </message>
    <message>
        <source>Report (P&amp;DF)…</source>
        <translation>Informe (P&amp;DF)…</translation>
    </message>
    <message>
        <source>The report as a PDF document.</source>
        <translation>El informe como documento PDF.</translation>
    </message>
    <message>
        <source>&amp;All Figures…</source>
        <translation>&amp;Todas las figuras…</translation>
    </message>
    <message>
        <source>Every plot and view as PNG, SVG and PDF into one folder.</source>
        <translation>Cada gráfico y cada vista como PNG, SVG y PDF en una carpeta.</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard.</source>
        <translation>Figura copiada al portapapeles.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files to %1: %2</source>
        <translation>
            <numerusform>%n archivo exportado a %1: %2</numerusform>
            <numerusform>%n archivos exportados a %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed:
%2</source>
        <translation>%1 ha fallado:
%2</translation>
    </message>
    <message>
        <source>Export Model as ONNX</source>
        <translation>Exportar modelo como ONNX</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>Modelos ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>ONNX export</source>
        <translation>Exportación ONNX</translation>
    </message>
    <message>
        <source>Folder for the PyTorch Script</source>
        <translation>Carpeta para el script de PyTorch</translation>
    </message>
    <message>
        <source>PyTorch export</source>
        <translation>Exportación PyTorch</translation>
    </message>
    <message>
        <source>Export Training History</source>
        <translation>Exportar historial de entrenamiento</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>History export</source>
        <translation>Exportación del historial</translation>
    </message>
    <message>
        <source>Export Weights</source>
        <translation>Exportar pesos</translation>
    </message>
    <message>
        <source>Weights export</source>
        <translation>Exportación de pesos</translation>
    </message>
    <message>
        <source>Folder for train.csv and test.csv</source>
        <translation>Carpeta para train.csv y test.csv</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Exportación de datos</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exportar informe como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Exportar informe como HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Report export</source>
        <translation>Exportación del informe</translation>
    </message>
    <message>
        <source>Folder for All Figures</source>
        <translation>Carpeta para todas las figuras</translation>
    </message>
    <message>
        <source>Figure export</source>
        <translation>Exportación de figuras</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Not written, nothing recorded yet: %1.</source>
        <translation>No se han escrito, aún no hay nada registrado: %1.</translation>
    </message>
    <message>
        <source>Generated &amp;Images (PNG)…</source>
        <translation>Imágenes &amp;generadas (PNG)…</translation>
    </message>
    <message>
        <source>For a model with a generator (an image GAN): a grid of 64 images it makes from fresh noise.</source>
        <translation>Para un modelo con generador (una GAN de imágenes): una cuadrícula de 64 imágenes que crea a partir de ruido nuevo.</translation>
    </message>
    <message>
        <source>Export Generated Images</source>
        <translation>Exportar imágenes generadas</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Image export</source>
        <translation>Exportación de imágenes</translation>
    </message>
</context>
<context>
    <name>nnlab::FeatureMapOverview</name>
    <message>
        <source>%1: probability %2. Click to see the softmax worked out.</source>
        <translation>%1: probabilidad %2. Haga clic para ver el cálculo de la softmax.</translation>
    </message>
    <message>
        <source>%1, value %2: %3</source>
        <translation>%1, valor %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 values in a row</source>
        <translation>%1: %2 valores en una fila</translation>
    </message>
    <message>
        <source>%1, channel %2 (%3x%4): from %5 to %6. Click to see how it is computed.</source>
        <translation>%1, canal %2 (%3x%4): de %5 a %6. Haga clic para ver cómo se calcula.</translation>
    </message>
</context>
<context>
    <name>nnlab::FigureExport</name>
    <message>
        <source>Could not draw the figure %1.</source>
        <translation>No se pudo dibujar la figura %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>nnlab::FigureMenu</name>
    <message>
        <source>Copy figure</source>
        <translation>Copiar figura</translation>
    </message>
    <message>
        <source>Put this figure on the clipboard as an image (the size and DPI of the last export).</source>
        <translation>Poner esta figura en el portapapeles como imagen (con el tamaño y los ppp de la última exportación).</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Exportar figura…</translation>
    </message>
    <message>
        <source>Save this figure as PNG, SVG or PDF.</source>
        <translation>Guardar esta figura como PNG, SVG o PDF.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
</context>
<context>
    <name>nnlab::GateActivityPlot</name>
    <message>
        <source>time step t</source>
        <translation>paso de tiempo t</translation>
    </message>
    <message>
        <source>mean gate value</source>
        <translation>valor medio de puerta</translation>
    </message>
    <message>
        <source>The mean over the units of each gate at every step: 1 = open, 0 = shut.</source>
        <translation>La media sobre las unidades de cada puerta en cada paso: 1 = abierta, 0 = cerrada.</translation>
    </message>
    <message>
        <source>A plain RNN has no gates: every step overwrites the whole hidden state.</source>
        <translation>Una RNN simple no tiene puertas: cada paso sobrescribe todo el estado oculto.</translation>
    </message>
</context>
<context>
    <name>nnlab::GeneratedTextView</name>
    <message>
        <source>Low: the network writes the character it believes most (at 0 always the same text). High: it takes more risks and makes up new words.</source>
        <translation>Baja: la red escribe el carácter que considera más probable (con 0, siempre el mismo texto). Alta: asume más riesgos e inventa palabras nuevas.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>The text the network goes on from; characters it never saw count as empty.</source>
        <translation>El texto desde el que continúa la red; los caracteres que nunca vio cuentan como vacíos.</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>Empezar con</translation>
    </message>
    <message>
        <source>Train a network on text (Examples, Text; or File, Open Text File) to see what it writes here, every few steps.</source>
        <translation>Entrene una red con texto (Ejemplos, Texto; o Archivo, Abrir archivo de texto) para ver aquí lo que escribe, cada pocos pasos.</translation>
    </message>
    <message>
        <source>0 (most likely)</source>
        <translation>0 (más probable)</translation>
    </message>
    <message>
        <source>After step %1, temperature %2</source>
        <translation>Tras el paso %1, temperatura %2</translation>
    </message>
</context>
<context>
    <name>nnlab::GradientHealthPanel</name>
    <message>
        <source>Gradient norm of the first layer divided by that of the last layer. Far below 1: vanishing gradients; far above 1: exploding gradients.</source>
        <translation>Norma del gradiente de la primera capa dividida por la de la última capa. Muy por debajo de 1: gradientes que se desvanecen; muy por encima de 1: gradientes que explotan.</translation>
    </message>
    <message>
        <source>Norm of each layer&apos;s weight gradient at every recorded step, on a log axis. Early layers in blue, late layers in red.</source>
        <translation>Norma del gradiente de los pesos de cada capa en cada paso registrado, en un eje logarítmico. Primeras capas en azul, últimas capas en rojo.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>|dL/dW|</source>
        <translation>|dL/dW|</translation>
    </message>
    <message>
        <source>Per layer: the share of saturated outputs (sigmoid/tanh with a slope below 18 % of its peak, |z| &gt; 3 for sigmoid) and of dead units (0 on 100 samples in a row).</source>
        <translation>Por capa: la proporción de salidas saturadas (sigmoide/tanh con una pendiente por debajo del 18 % de su máximo, |z| &gt; 3 para la sigmoide) y de unidades muertas (0 en 100 muestras seguidas).</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>saturadas</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>muertas</translation>
    </message>
    <message>
        <source>The layer whose histogram is shown</source>
        <translation>La capa cuyo histograma se muestra</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Gradients (log10 |g|)</source>
        <translation>Gradientes (log10 |g|)</translation>
    </message>
    <message>
        <source>Which values of the layer the histogram counts</source>
        <translation>Qué valores de la capa cuenta el histograma</translation>
    </message>
    <message>
        <source>The chosen layer&apos;s histogram at the latest recorded step</source>
        <translation>El histograma de la capa elegida en el último paso registrado</translation>
    </message>
    <message>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <source>The chosen layer&apos;s histogram over time: one column per recorded step, darker = fewer</source>
        <translation>El histograma de la capa elegida a lo largo del tiempo: una columna por paso registrado, más oscuro = menos</translation>
    </message>
    <message>
        <source>Histogram of</source>
        <translation>Histograma de</translation>
    </message>
    <message>
        <source>log10 |g|</source>
        <translation>log10 |g|</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Train to see the gradients</source>
        <translation>Entrene para ver los gradientes</translation>
    </message>
    <message>
        <source>exactly 0: %1 %</source>
        <translation>exactamente 0: %1 %</translation>
    </message>
    <message>
        <source>The verdict&apos;s figure: the median gradient of the first layer divided by the median of the last, over the last quarter of the recorded steps. The line above is the latest step alone.</source>
        <translation>La cifra del diagnóstico: la mediana del gradiente de la primera capa dividida por la mediana de la última, en el último cuarto de los pasos registrados. La línea de arriba es solo el último paso.</translation>
    </message>
    <message>
        <source>First / last layer gradient at step %1: %2</source>
        <translation>Gradiente primera / última capa en el paso %1: %2</translation>
    </message>
    <message>
        <source>First / last layer gradient at step %1: – (last is 0)</source>
        <translation>Gradiente primera / última capa en el paso %1: – (la última es 0)</translation>
    </message>
    <message>
        <source>Median over steps %1–%2, as in the verdict: %3</source>
        <translation>Mediana de los pasos %1–%2, como en el diagnóstico: %3</translation>
    </message>
</context>
<context>
    <name>nnlab::HiddenSpaceView</name>
    <message>
        <source>The layer whose neurons give the two axes</source>
        <translation>La capa cuyas neuronas dan los dos ejes</translation>
    </message>
    <message>
        <source>Next pair</source>
        <translation>Par siguiente</translation>
    </message>
    <message>
        <source>Show the next two neurons of this layer</source>
        <translation>Mostrar las dos neuronas siguientes de esta capa</translation>
    </message>
    <message>
        <source>The input plane&apos;s grid lines and the training points, placed where two neurons of the chosen layer put them. A layer that separates the classes pulls them apart here.</source>
        <translation>Las líneas de la cuadrícula del plano de entrada y los puntos de entrenamiento, colocados donde los ponen dos neuronas de la capa elegida. Una capa que separa las clases las aleja aquí.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Shown for data of the plane: the training points as a hidden layer sees them. Press Play or Step to fill it.</source>
        <translation>Se muestra para datos del plano: los puntos de entrenamiento tal como los ve una capa oculta. Pulse Iniciar o Paso para llenarlo.</translation>
    </message>
    <message>
        <source>%1 has one neuron: the points on a line, at that neuron&apos;s value.</source>
        <translation>%1 tiene una neurona: los puntos sobre una línea, en el valor de esa neurona.</translation>
    </message>
    <message>
        <source>%3. Across: neuron %1; up: neuron %2.</source>
        <translation>%3. Horizontal: neurona %1; vertical: neurona %2.</translation>
    </message>
    <message>
        <source>Grey lines: the input plane&apos;s grid, bent by the layers up to this one.</source>
        <translation>Líneas grises: la cuadrícula del plano de entrada, curvada por las capas hasta esta.</translation>
    </message>
    <message>
        <source>neuron %1</source>
        <translation>neurona %1</translation>
    </message>
</context>
<context>
    <name>nnlab::HiddenStateMap</name>
    <message>
        <source>time step t</source>
        <translation>paso de tiempo t</translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation>unidad oculta</translation>
    </message>
    <message>
        <source>Hidden state h_t of every unit (rows) at every time step (columns) of the chosen sequence.</source>
        <translation>Estado oculto h_t de cada unidad (filas) en cada paso de tiempo (columnas) de la secuencia elegida.</translation>
    </message>
    <message>
        <source>h_t</source>
        <translation>h_t</translation>
    </message>
</context>
<context>
    <name>nnlab::ImageDataBox</name>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Import image folder…</source>
        <translation>Importar carpeta de imágenes…</translation>
    </message>
    <message>
        <source>Train on your own pictures: choose a folder with one subfolder of PNG or JPEG images per class (shapes/circle, shapes/square, ...).</source>
        <translation>Entrene con sus propias imágenes: elija una carpeta con una subcarpeta de imágenes PNG o JPEG por clase (shapes/circle, shapes/square, ...).</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The width every image of the folder is stretched to.</source>
        <translation>El ancho al que se estira cada imagen de la carpeta.</translation>
    </message>
    <message>
        <source>The height every image of the folder is stretched to.</source>
        <translation>El alto al que se estira cada imagen de la carpeta.</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Colour (RGB)</source>
        <translation>Color (RGB)</translation>
    </message>
    <message>
        <source>Grey images have one channel, colour images three (red, green, blue).</source>
        <translation>Las imágenes en escala de grises tienen un canal; las de color, tres (rojo, verde, azul).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Move each training image by up to this many pixels in x and y.</source>
        <translation>Desplazar cada imagen de entrenamiento hasta este número de píxeles en x e y.</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Reflejar</translation>
    </message>
    <message>
        <source>Mirror half of the training images left to right (not for digits or letters).</source>
        <translation>Reflejar horizontalmente la mitad de las imágenes de entrenamiento (no para dígitos ni letras).</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Turn each training image by a random angle of up to this many degrees either way.</source>
        <translation>Girar cada imagen de entrenamiento un ángulo aleatorio de hasta este número de grados en cualquier sentido.</translation>
    </message>
    <message>
        <source>Add random noise of this standard deviation to every pixel of a training image.</source>
        <translation>Añadir ruido aleatorio con esta desviación estándar a cada píxel de una imagen de entrenamiento.</translation>
    </message>
    <message>
        <source>Augmentation of the training images</source>
        <translation>Aumento de las imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
</context>
<context>
    <name>nnlab::ImageResultsPanel</name>
    <message>
        <source>This view shows test images with the network&apos;s answers. It fills in when the experiment&apos;s data are images.</source>
        <translation>Esta vista muestra imágenes de prueba con las respuestas de la red. Se llena cuando los datos del experimento son imágenes.</translation>
    </message>
    <message>
        <source>Test images and the network&apos;s answer</source>
        <translation>Imágenes de prueba y la respuesta de la red</translation>
    </message>
    <message>
        <source>Under each image: the class the network chose. Red: wrong, with the true class in brackets.</source>
        <translation>Debajo de cada imagen: la clase que eligió la red. En rojo: incorrecta, con la clase real entre paréntesis.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>Worst mistakes</source>
        <translation>Peores errores</translation>
    </message>
    <message>
        <source>The wrong answers the network was surest of: often mislabelled or ambiguous images.</source>
        <translation>Las respuestas erróneas de las que la red estaba más segura: a menudo imágenes mal etiquetadas o ambiguas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>True class: %1</source>
        <translation>Clase real: %1</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Accuracy on %1 test images: %2 % (%3 wrong).</source>
        <translation>Exactitud en %1 imágenes de prueba: %2 % (%3 incorrectas).</translation>
    </message>
    <message>
        <source>Worst mistakes: none, every test image shown is right</source>
        <translation>Peores errores: ninguno, todas las imágenes de prueba mostradas son correctas</translation>
    </message>
</context>
<context>
    <name>nnlab::InitializationView</name>
    <message>
        <source>The activation of every layer</source>
        <translation>La activación de todas las capas</translation>
    </message>
    <message>
        <source>Number of layers</source>
        <translation>Número de capas</translation>
    </message>
    <message>
        <source>Units per layer</source>
        <translation>Unidades por capa</translation>
    </message>
    <message>
        <source>Naive N(0, 0.05²)</source>
        <translation>Ingenua N(0; 0,05²)</translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation>Glorot normal</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He normal</translation>
    </message>
    <message>
        <source>The initializer whose activation histograms the heat map shows</source>
        <translation>El inicializador cuyos histogramas de activación muestra el mapa de calor</translation>
    </message>
    <message>
        <source>std of activations</source>
        <translation>desv. típica de las activaciones</translation>
    </message>
    <message>
        <source>Standard deviation of each layer&apos;s outputs at initialisation, for a batch of standard-normal inputs. Flat: the signal keeps its scale through the depth.</source>
        <translation>Desviación típica de las salidas de cada capa en la inicialización, para un lote de entradas normales estándar. Plana: la señal conserva su escala a lo largo de la profundidad.</translation>
    </message>
    <message>
        <source>std of gradients</source>
        <translation>desv. típica de los gradientes</translation>
    </message>
    <message>
        <source>Standard deviation of the gradient flowing back into each layer, for a standard-normal gradient at the output.</source>
        <translation>Desviación típica del gradiente que vuelve a cada capa, para un gradiente normal estándar en la salida.</translation>
    </message>
    <message>
        <source>Glorot</source>
        <translation>Glorot</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Activation histogram of every layer (one column per layer) for the chosen initializer</source>
        <translation>Histograma de activaciones de cada capa (una columna por capa) para el inicializador elegido</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>Histograms for</source>
        <translation>Histogramas para</translation>
    </message>
    <message>
        <source>This experiment</source>
        <translation>Este experimento</translation>
    </message>
    <message>
        <source>naive</source>
        <translation>ingenua</translation>
    </message>
    <message>
        <source>this experiment</source>
        <translation>este experimento</translation>
    </message>
    <message>
        <source>The spread of the last layer&apos;s outputs for each initialisation: near the first layer&apos;s means the signal survives the depth.</source>
        <translation>La dispersión de las salidas de la última capa para cada inicialización: si está cerca de la de la primera capa, la señal sobrevive a la profundidad.</translation>
    </message>
    <message>
        <source>Activation std at layer %1 (layer 1 with He: %2): naive %3, Glorot %4, He %5, this experiment (%6) %7.</source>
        <translation>Desv. típica de las activaciones en la capa %1 (capa 1 con He: %2): ingenua %3, Glorot %4, He %5, este experimento (%6) %7.</translation>
    </message>
</context>
<context>
    <name>nnlab::KernelGallery</name>
    <message>
        <source>The first layer&apos;s learned kernels: red weights add, blue ones subtract.</source>
        <translation>Los núcleos aprendidos de la primera capa: los pesos rojos suman, los azules restan.</translation>
    </message>
</context>
<context>
    <name>nnlab::LayerInspector</name>
    <message>
        <source>No layer selected</source>
        <translation>Ninguna capa seleccionada</translation>
    </message>
    <message>
        <source>Click a layer on the network to edit it here.</source>
        <translation>Haga clic en una capa de la red para editarla aquí.</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Características de entrada</translation>
    </message>
    <message>
        <source>The data&apos;s columns are fed as they are; choose them in the data panel.</source>
        <translation>Las columnas de los datos entran tal cual; elíjalas en el panel de datos.</translation>
    </message>
    <message>
        <source>%1; choose the features in the data panel.</source>
        <translation>%1; elija las características en el panel de datos.</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Capa de salida</translation>
    </message>
    <message>
        <source>%1, named &quot;%2&quot; in the experiment file.</source>
        <translation>%1, llamada «%2» en el archivo del experimento.</translation>
    </message>
    <message>
        <source>The kind of layer; a new kind starts from freshly initialised parameters.</source>
        <translation>El tipo de capa; un tipo nuevo empieza con parámetros recién inicializados.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>How many neurons this layer has.</source>
        <translation>Cuántas neuronas tiene esta capa.</translation>
    </message>
    <message>
        <source>The task fixes the number of outputs: one per class for softmax, else one.</source>
        <translation>La tarea fija el número de salidas: una por clase con softmax, si no una.</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neuronas</translation>
    </message>
    <message>
        <source>The function each neuron applies to its weighted sum.</source>
        <translation>La función que cada neurona aplica a su suma ponderada.</translation>
    </message>
    <message>
        <source> (no gradient)</source>
        <translation> (sin gradiente)</translation>
    </message>
    <message>
        <source>Backpropagation cannot train through it: %1.</source>
        <translation>La retropropagación no puede entrenar a través de ella: %1.</translation>
    </message>
    <message>
        <source>it has no usable derivative</source>
        <translation>no tiene una derivada útil</translation>
    </message>
    <message>
        <source>Untick &quot;output follows the task&quot; to choose the output activation yourself.</source>
        <translation>Desmarque «la salida sigue a la tarea» para elegir usted la activación de salida.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>How the biases are drawn when the layer is (re)initialised.</source>
        <translation>Cómo se sortean los sesgos al (re)inicializar la capa.</translation>
    </message>
    <message>
        <source>How the weights are drawn when the layer is (re)initialised.</source>
        <translation>Cómo se sortean los pesos al (re)inicializar la capa.</translation>
    </message>
    <message>
        <source>Bias initializer</source>
        <translation>Inicializador de sesgos</translation>
    </message>
    <message>
        <source>Weight initializer</source>
        <translation>Inicializador de pesos</translation>
    </message>
    <message>
        <source>after this layer</source>
        <translation>después de esta capa</translation>
    </message>
    <message>
        <source>Normalises each neuron&apos;s output over the batch, which often lets deeper nets train faster.</source>
        <translation>Normaliza la salida de cada neurona sobre el lote, lo que a menudo permite entrenar más rápido redes profundas.</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Normalización por lotes</translation>
    </message>
    <message>
        <source>Zeroes a random share of this layer&apos;s outputs in each training step, against overfitting.</source>
        <translation>Pone a cero una parte aleatoria de las salidas de esta capa en cada paso de entrenamiento, contra el sobreajuste.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>drop rate</source>
        <translation>tasa de descarte</translation>
    </message>
    <message>
        <source>Output follows the task</source>
        <translation>La salida sigue a la tarea</translation>
    </message>
    <message>
        <source>The data and the loss choose the output width and activation, as in Playground.</source>
        <translation>Los datos y la pérdida eligen el ancho y la activación de la salida, como en Playground.</translation>
    </message>
    <message>
        <source>The share of values dropped in each training step; 0 keeps all, below 1.</source>
        <translation>La parte de valores descartados en cada paso; 0 conserva todos, menor que 1.</translation>
    </message>
    <message>
        <source>The weight of the newest batch in the running statistics.</source>
        <translation>El peso del lote más reciente en las estadísticas móviles.</translation>
    </message>
    <message>
        <source>How many linear pieces each maxout unit takes the maximum of.</source>
        <translation>De cuántas piezas lineales toma el máximo cada unidad maxout.</translation>
    </message>
    <message>
        <source>Default %1.</source>
        <translation>Predeterminado %1.</translation>
    </message>
    <message>
        <source>Channels of the image; 0 takes as many as the values fill.</source>
        <translation>Canales de la imagen; 0 toma tantos como llenen los valores.</translation>
    </message>
    <message>
        <source>In pixels; channels × height × width must equal the number of values that reach this layer.</source>
        <translation>En píxeles; canales × alto × ancho debe ser igual al número de valores que llegan a esta capa.</translation>
    </message>
</context>
<context>
    <name>nnlab::LayerStackView</name>
    <message>
        <source>Add layer</source>
        <translation>Añadir capa</translation>
    </message>
    <message>
        <source>Add a layer after the selected one.</source>
        <translation>Añadir una capa después de la seleccionada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected layer.</source>
        <translation>Quitar la capa seleccionada.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the input.</source>
        <translation>Mover la capa seleccionada un puesto hacia la entrada.</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the output.</source>
        <translation>Mover la capa seleccionada un puesto hacia la salida.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Forma de salida</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>One image&apos;s values after this layer: channels × height × width, or a flat length.</source>
        <translation>Los valores de una imagen después de esta capa: canales × alto × ancho, o una longitud plana.</translation>
    </message>
    <message>
        <source>Weights and biases this layer learns.</source>
        <translation>Pesos y sesgos que aprende esta capa.</translation>
    </message>
    <message numerus="yes">
        <source>%n filters</source>
        <translation>
            <numerusform>%n filtro</numerusform>
            <numerusform>%n filtros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1×%1 kernel</source>
        <translation>núcleo %1×%1</translation>
    </message>
    <message>
        <source>stride %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>relleno %1</translation>
    </message>
    <message>
        <source>%1×%1 window</source>
        <translation>ventana %1×%1</translation>
    </message>
    <message>
        <source>drop rate %1</source>
        <translation>tasa de descarte %1</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>both directions, merged by %1</source>
        <translation>ambos sentidos, unidos con %1</translation>
    </message>
    <message>
        <source>every time step out</source>
        <translation>salida en cada paso de tiempo</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>one image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>one sequence (time steps × features)</source>
        <translation>una secuencia (pasos de tiempo × características)</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>no encaja</translation>
    </message>
    <message>
        <source>%1 parameters in all</source>
        <translation>%1 parámetros en total</translation>
    </message>
    <message>
        <source>This network does not fit its input: %1</source>
        <translation>Esta red no encaja con su entrada: %1</translation>
    </message>
</context>
<context>
    <name>nnlab::LearningRateExplorer</name>
    <message>
        <source>no progress: w never moves</source>
        <translation>sin progreso: w nunca se mueve</translation>
    </message>
    <message>
        <source>monotone: converges</source>
        <translation>monótono: converge</translation>
    </message>
    <message>
        <source>lands on w* in one step</source>
        <translation>llega a w* en un solo paso</translation>
    </message>
    <message>
        <source>overshoots, alternates: converges</source>
        <translation>se pasa, alterna: converge</translation>
    </message>
    <message>
        <source>bounces between two points forever</source>
        <translation>rebota entre dos puntos para siempre</translation>
    </message>
    <message>
        <source>overshoots more each step: diverges</source>
        <translation>se pasa más en cada paso: diverge</translation>
    </message>
    <message>
        <source>E(w) = (x&amp;thinsp;w &amp;minus; y)&lt;sup&gt;2&lt;/sup&gt;, &amp;nbsp; dE/dw = 2x(x&amp;thinsp;w &amp;minus; y), &amp;nbsp; one SGD step: w &amp;minus; w* &amp;larr; (1 &amp;minus; 2&amp;alpha;x&lt;sup&gt;2&lt;/sup&gt;)(w &amp;minus; w*), &amp;nbsp; w* = y/x</source>
        <translation>E(w) = (x&amp;thinsp;w &amp;minus; y)&lt;sup&gt;2&lt;/sup&gt;, &amp;nbsp; dE/dw = 2x(x&amp;thinsp;w &amp;minus; y), &amp;nbsp; un paso de SGD: w &amp;minus; w* &amp;larr; (1 &amp;minus; 2&amp;alpha;x&lt;sup&gt;2&lt;/sup&gt;)(w &amp;minus; w*), &amp;nbsp; w* = y/x</translation>
    </message>
    <message>
        <source>The one-weight problem every column solves, and what one gradient step does to it.</source>
        <translation>El problema de un solo peso que resuelve cada columna, y lo que le hace un paso de gradiente.</translation>
    </message>
    <message>
        <source>The input x: the curvature 2x² sets which rates are too large.</source>
        <translation>La entrada x: la curvatura 2x² determina qué tasas son demasiado grandes.</translation>
    </message>
    <message>
        <source>The target y; the best weight is w* = y/x.</source>
        <translation>El objetivo y; el mejor peso es w* = y/x.</translation>
    </message>
    <message>
        <source>The weight every run starts from.</source>
        <translation>El peso desde el que parte cada ejecución.</translation>
    </message>
    <message>
        <source>How many SGD steps each run takes.</source>
        <translation>Cuántos pasos de SGD da cada ejecución.</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>w₀</source>
        <translation>w₀</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>The step factor 1 − 2αx² against α: |factor| &lt; 1 converges, |factor| &gt; 1 diverges.</source>
        <translation>El factor de paso 1 − 2αx² frente a α: |factor| &lt; 1 converge, |factor| &gt; 1 diverge.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>The learning rate α of this column.</source>
        <translation>La tasa de aprendizaje α de esta columna.</translation>
    </message>
    <message>
        <source>The step factor for this α and what it does.</source>
        <translation>El factor de paso para este α y su efecto.</translation>
    </message>
    <message>
        <source>The path w₀, w₁, ... on the parabola E(w).</source>
        <translation>La trayectoria w₀, w₁, ... sobre la parábola E(w).</translation>
    </message>
    <message>
        <source>The loss E(wₖ) per step, on a log scale.</source>
        <translation>La pérdida E(wₖ) en cada paso, en escala logarítmica.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>too small: converges slowly</source>
        <translation>demasiado pequeña: converge despacio</translation>
    </message>
    <message>
        <source>factor 1 &amp;minus; 2&amp;alpha;x&lt;sup&gt;2&lt;/sup&gt; = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation>factor 1 &amp;minus; 2&amp;alpha;x&lt;sup&gt;2&lt;/sup&gt; = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>monotone</source>
        <translation>monótono</translation>
    </message>
    <message>
        <source>oscillating, converging</source>
        <translation>oscilante, convergente</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>divergente</translation>
    </message>
    <message>
        <source>For x = %1 the rate must stay below 1/x² = %2 to converge and below 1/(2x²) = %3 not to overshoot. With x = 3: α = 0.1 gives factor −0.8 (converges), α = 0.12 gives −1.16 (diverges).</source>
        <translation>Para x = %1 la tasa debe quedar por debajo de 1/x² = %2 para converger y por debajo de 1/(2x²) = %3 para no pasarse. Con x = 3: α = 0,1 da el factor −0,8 (converge), α = 0,12 da −1,16 (diverge).</translation>
    </message>
    <message>
        <source>the notes say a too-large learning rate makes the model “converge”; it overshoots the minimum and, past 1/x², diverges.</source>
        <translation>los apuntes dicen que una tasa de aprendizaje demasiado grande hace que el modelo «converja»; se pasa del mínimo y, por encima de 1/x², diverge.</translation>
    </message>
</context>
<context>
    <name>nnlab::LookInsidePanel</name>
    <message>
        <source>Test image</source>
        <translation>Imagen de prueba</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Su dibujo</translation>
    </message>
    <message>
        <source>Which image goes through the network: a test image by its number, or what you draw on the pad.</source>
        <translation>Qué imagen pasa por la red: una imagen de prueba por su número, o lo que dibuje en el panel.</translation>
    </message>
    <message>
        <source>The test image&apos;s number.</source>
        <translation>El número de la imagen de prueba.</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Por unidad</translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation>Por capa</translation>
    </message>
    <message>
        <source>Whole net</source>
        <translation>Toda la red</translation>
    </message>
    <message>
        <source>Colour scale: each map coloured on its own range, on its layer&apos;s range, or on one range for every layer (red positive, blue negative).</source>
        <translation>Escala de color: cada mapa coloreado en su propio rango, en el rango de su capa o en un único rango para todas las capas (rojo positivo, azul negativo).</translation>
    </message>
    <message>
        <source>For a network on images: train or step it once, and every layer&apos;s feature maps for one image appear here.</source>
        <translation>Para una red con imágenes: entrénela o dé un paso una vez, y aquí aparecerán los mapas de características de cada capa para una imagen.</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Cómo se calcula</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, thick and centred like the training images. The network&apos;s answer and every feature map above follow your pen. Load... takes a picture from a file instead.</source>
        <translation>Dibuje una cifra con el ratón, gruesa y centrada como las imágenes de entrenamiento. La respuesta de la red y cada mapa de características de arriba siguen su lápiz. Cargar... toma en su lugar una imagen de un archivo.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Wipe the pad.</source>
        <translation>Borrar el panel de dibujo.</translation>
    </message>
    <message>
        <source>Load...</source>
        <translation>Cargar...</translation>
    </message>
    <message>
        <source>Load a picture from a file: it is turned grey and scaled to the data&apos;s image size.</source>
        <translation>Cargar una imagen de un archivo: se pasa a escala de grises y se ajusta al tamaño de imagen de los datos.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <source>The first layer&apos;s learned kernels, one per unit: red weights add, blue ones subtract. They change as the network trains.</source>
        <translation>Los núcleos aprendidos de la primera capa, uno por unidad: los pesos rojos suman, los azules restan. Cambian a medida que la red entrena.</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>Núcleos</translation>
    </message>
    <message>
        <source>Load an image</source>
        <translation>Cargar una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Could not read %1 as an image.</source>
        <translation>No se pudo leer %1 como imagen.</translation>
    </message>
    <message>
        <source>Answer: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Respuesta: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Test image %1, truly %2</source>
        <translation>Imagen de prueba %1, en realidad %2</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Give Look inside the whole window below the toolbar, so that the maps are big enough to read on a projector; click again for the other docks.</source>
        <translation>Dar al panel Por dentro toda la ventana bajo la barra de herramientas, para que los mapas se lean bien en un proyector; vuelva a hacer clic para recuperar los demás paneles.</translation>
    </message>
    <message>
        <source>Back to the docks</source>
        <translation>Volver a los paneles</translation>
    </message>
</context>
<context>
    <name>nnlab::LossExplorer</name>
    <message>
        <source>Regression: MSE, MAE, Huber, log-cosh</source>
        <translation>Regresión: MSE, MAE, Huber, log-cosh</translation>
    </message>
    <message>
        <source>Binary cross-entropy (probability p)</source>
        <translation>Entropía cruzada binaria (probabilidad p)</translation>
    </message>
    <message>
        <source>Hinge (score s, label ±1)</source>
        <translation>Hinge (puntuación s, etiqueta ±1)</translation>
    </message>
    <message>
        <source>Which losses to compare. Each is computed by the engine&apos;s loss table.</source>
        <translation>Qué pérdidas comparar. Cada una se calcula con la tabla de pérdidas del motor.</translation>
    </message>
    <message>
        <source>target y</source>
        <translation>objetivo y</translation>
    </message>
    <message>
        <source>The target the prediction is compared with.</source>
        <translation>El objetivo con el que se compara la predicción.</translation>
    </message>
    <message>
        <source>Huber δ</source>
        <translation>δ de Huber</translation>
    </message>
    <message>
        <source>Huber&apos;s δ: quadratic for |r| ≤ δ, linear beyond, so a large error&apos;s gradient is capped at δ.</source>
        <translation>La δ de Huber: cuadrática para |r| ≤ δ y lineal más allá, de modo que el gradiente de un error grande queda limitado a δ.</translation>
    </message>
    <message>
        <source>Add one outlier</source>
        <translation>Añadir un valor atípico</translation>
    </message>
    <message>
        <source>Adds one badly wrong point to nine good ones and shows the mean loss with and without it, and the outlier&apos;s share of the gradient.</source>
        <translation>Añade un punto muy erróneo a nueve buenos y muestra la pérdida media con y sin él, y la parte del gradiente que corresponde al valor atípico.</translation>
    </message>
    <message>
        <source>prediction ŷ</source>
        <translation>predicción ŷ</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>The loss of one element against the prediction, for the chosen target.</source>
        <translation>La pérdida de un elemento frente a la predicción, para el objetivo elegido.</translation>
    </message>
    <message>
        <source>gradient ∂L/∂ŷ</source>
        <translation>gradiente ∂L/∂ŷ</translation>
    </message>
    <message>
        <source>The gradient the loss sends back into the network, against the prediction.</source>
        <translation>El gradiente que la pérdida devuelve a la red, frente a la predicción.</translation>
    </message>
    <message>
        <source>mean loss,
9 good points</source>
        <translation>pérdida media,
9 puntos buenos</translation>
    </message>
    <message>
        <source>mean loss,
with the outlier</source>
        <translation>pérdida media,
con el valor atípico</translation>
    </message>
    <message>
        <source>outlier&apos;s share
of Σ|gradient|</source>
        <translation>parte del valor atípico
en Σ|gradiente|</translation>
    </message>
    <message>
        <source>What one outlier does: MSE&apos;s gradient lets it dominate the update; MAE and Huber cap its pull at the size of any other point&apos;s.</source>
        <translation>Lo que hace un solo valor atípico: con el gradiente del MSE domina la actualización; el MAE y Huber limitan su tirón al de cualquier otro punto.</translation>
    </message>
    <message>
        <source>label y</source>
        <translation>etiqueta y</translation>
    </message>
    <message>
        <source>the 9 good points</source>
        <translation>los 9 puntos buenos</translation>
    </message>
    <message>
        <source>the outlier</source>
        <translation>el valor atípico</translation>
    </message>
    <message>
        <source>predicted probability p</source>
        <translation>probabilidad predicha p</translation>
    </message>
    <message>
        <source>score s</source>
        <translation>puntuación s</translation>
    </message>
    <message>
        <source>gradient ∂L/∂p</source>
        <translation>gradiente ∂L/∂p</translation>
    </message>
    <message>
        <source>gradient ∂L/∂s</source>
        <translation>gradiente ∂L/∂s</translation>
    </message>
</context>
<context>
    <name>nnlab::LossPlot</name>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala log.</translation>
    </message>
    <message>
        <source>Draw the loss on a logarithmic axis, so that late, small improvements stay visible.</source>
        <translation>Dibujar la pérdida en un eje logarítmico para que las mejoras pequeñas y tardías sigan visibles.</translation>
    </message>
    <message>
        <source>The latest losses after the last finished epoch.</source>
        <translation>Las últimas pérdidas tras la última época terminada.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The network was changed after the last measured epoch: Step or Play measures it again.</source>
        <translation>La red cambió después de la última época medida: Paso o Iniciar la vuelve a medir.</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Época %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <source>Iteration %1 (epoch %2)</source>
        <translation>Iteración %1 (época %2)</translation>
    </message>
</context>
<context>
    <name>nnlab::MainWindow</name>
    <message>
        <source>Ready: press Play (Space) to train.</source>
        <translation>Listo: pulse Iniciar (Espacio) para entrenar.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start again from the default experiment.</source>
        <translation>Empezar de nuevo con el experimento predeterminado.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an experiment file (.json).</source>
        <translation>Abrir un archivo de experimento (.json).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the experiment to its file.</source>
        <translation>Guardar el experimento en su archivo.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the experiment to a new file.</source>
        <translation>Guardar el experimento en un archivo nuevo.</translation>
    </message>
    <message>
        <source>&amp;Export Picture…</source>
        <translation>&amp;Exportar imagen…</translation>
    </message>
    <message>
        <source>Save a PNG picture of the whole window, e.g. for a worksheet.</source>
        <translation>Guardar una imagen PNG de toda la ventana, p. ej. para una hoja de ejercicios.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the lab.</source>
        <translation>Cerrar el laboratorio.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Take back the last change of the experiment.</source>
        <translation>Deshacer el último cambio del experimento.</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Do the change again that was taken back.</source>
        <translation>Volver a hacer el cambio deshecho.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start or pause training.</source>
        <translation>Iniciar o pausar el entrenamiento.</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <source>Pause and train on one batch.</source>
        <translation>Pausar y entrenar con un lote.</translation>
    </message>
    <message>
        <source>Step &amp;Epoch</source>
        <translation>Una é&amp;poca</translation>
    </message>
    <message>
        <source>Pause and train exactly one epoch (one pass over the training set).</source>
        <translation>Pausar y entrenar exactamente una época (una pasada por los datos de entrenamiento).</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The network: hover a neuron to see its output on the plane, click a layer to edit it.</source>
        <translation>La red: pase el ratón sobre una neurona para ver su salida en el plano, haga clic en una capa para editarla.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Which data the network learns from, and its input features.</source>
        <translation>De qué datos aprende la red, y sus características de entrada.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Loss, optimizer and regularisation settings.</source>
        <translation>Ajustes de pérdida, optimizador y regularización.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>The network&apos;s answer for every point of the plane, with the data on top.</source>
        <translation>La respuesta de la red para cada punto del plano, con los datos encima.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Training and test loss over the epochs.</source>
        <translation>Pérdida de entrenamiento y de prueba a lo largo de las épocas.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Settings of the layer selected on the canvas.</source>
        <translation>Ajustes de la capa seleccionada en la red.</translation>
    </message>
    <message>
        <source>%1 was initialised again: its shape or settings changed.</source>
        <translation>%1 se inicializó de nuevo: cambió su forma o sus ajustes.</translation>
    </message>
    <message>
        <source>New optimizer: its running averages start from zero.</source>
        <translation>Optimizador nuevo: sus medias móviles empiezan en cero.</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Entrenamiento detenido: %1</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>%1%2 – nnlab</source>
        <translation>%1%2 – nnlab</translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation>E&amp;xplorar</translation>
    </message>
    <message>
        <source>Open the %1 explorer in its own window.</source>
        <translation>Abrir el explorador «%1» en su propia ventana.</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Salud del gradiente</translation>
    </message>
    <message>
        <source>Gradient norms, saturation and dead units per layer, with a diagnosis of what goes wrong.</source>
        <translation>Normas de gradiente, saturación y unidades muertas por capa, con un diagnóstico de lo que va mal.</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Inicialización</translation>
    </message>
    <message>
        <source>Before training: how activations and gradients spread through the layers with naive, Glorot and He initialisation, for this experiment&apos;s activation and size.</source>
        <translation>Antes del entrenamiento: cómo se propagan las activaciones y los gradientes por las capas con inicialización ingenua, Glorot y He, para la activación y el tamaño de este experimento.</translation>
    </message>
    <message>
        <source>Draw new starting weights (a new weight seed, shown in the Training panel) and clear the loss history; the data is kept.</source>
        <translation>Generar nuevos pesos iniciales (una nueva semilla de pesos, visible en el panel Entrenamiento) y borrar el historial de pérdida; los datos se conservan.</translation>
    </message>
    <message>
        <source>Restart from the &amp;Same Weights</source>
        <translation>Reiniciar con los &amp;mismos pesos</translation>
    </message>
    <message>
        <source>Start again from the same starting weights (the weight seed is kept), e.g. to repeat a run.</source>
        <translation>Volver a empezar con los mismos pesos iniciales (se conserva la semilla de pesos), p. ej. para repetir una ejecución.</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>Restablecer &amp;disposición</translation>
    </message>
    <message>
        <source>Put every panel back where it was when the lab first started.</source>
        <translation>Devolver cada panel al lugar que tenía al iniciar el laboratorio por primera vez.</translation>
    </message>
    <message>
        <source>Finished: trained %1 epochs. Press Play to go on for as long again.</source>
        <translation>Terminado: %1 épocas entrenadas. Iniciar continúa otro tanto.</translation>
    </message>
    <message>
        <source>Early stopping: the monitored loss did not improve for %1 epochs.</source>
        <translation>Parada temprana: la pérdida vigilada no mejoró durante %1 épocas.</translation>
    </message>
    <message>
        <source>Epochs %1</source>
        <translation>Épocas %1</translation>
    </message>
    <message>
        <source>The run had reached its limit of %1 epochs; Play raised it to %2 (Training panel, Epochs) and goes on.</source>
        <translation>La ejecución había llegado a su límite de %1 épocas; Iniciar lo elevó a %2 (panel Entrenamiento, Épocas) y continúa.</translation>
    </message>
    <message>
        <source>Play cannot go on: early stopping ended this run because the loss stopped improving. Switch early stopping off in the Training panel, or press Reset.</source>
        <translation>Iniciar no puede continuar: la parada temprana terminó esta ejecución porque la pérdida dejó de mejorar. Desactive la parada temprana en el panel Entrenamiento o pulse Reiniciar.</translation>
    </message>
    <message>
        <source>New weight seed %1</source>
        <translation>Nueva semilla de pesos %1</translation>
    </message>
    <message>
        <source>New starting weights from seed %1.</source>
        <translation>Nuevos pesos iniciales de la semilla %1.</translation>
    </message>
    <message>
        <source>Change the setting named in the message (often a lower learning rate), then press Reset.</source>
        <translation>Cambie el ajuste que nombra el mensaje (a menudo una tasa de aprendizaje menor) y pulse Reiniciar.</translation>
    </message>
    <message>
        <source>Warning: this setting will not train: %1.</source>
        <translation>Aviso: con este ajuste la red no aprenderá: %1.</translation>
    </message>
    <message>
        <source>Targets: %1.</source>
        <translation>Objetivos: %1.</translation>
    </message>
    <message>
        <source>Show the lab in this language now; the run, its file and Undo are kept.</source>
        <translation>Mostrar el laboratorio en este idioma ahora mismo; se conservan la ejecución, su archivo y Deshacer.</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>Imágenes de prueba</translation>
    </message>
    <message>
        <source>For image data: test images with the network&apos;s answers, the confusion matrix and the worst mistakes.</source>
        <translation>Para datos de imagen: imágenes de prueba con las respuestas de la red, la matriz de confusión y los peores errores.</translation>
    </message>
    <message>
        <source>No point near the click to remove.</source>
        <translation>No hay ningún punto cerca del clic que se pueda quitar.</translation>
    </message>
    <message>
        <source>The data is now your own points (Drawn points in the Data panel); Ctrl+Z takes the click back.</source>
        <translation>Los datos son ahora sus propios puntos (Puntos dibujados en el panel Datos); Ctrl+Z deshace el clic.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Generator and discriminator</source>
        <translation>Generador y discriminador</translation>
    </message>
    <message>
        <source>For a generative adversarial network: real and generated samples, the discriminator&apos;s verdict behind them and the generator&apos;s gradients.</source>
        <translation>Para una red generativa antagónica: muestras reales y generadas, detrás el veredicto del discriminador y los gradientes del generador.</translation>
    </message>
    <message>
        <source>This kind of model is not drawn as one network here. Its pictures are in the docks on the right, its curves in the Loss dock.</source>
        <translation>Este tipo de modelo no se dibuja aquí como una sola red. Sus imágenes están en los paneles de la derecha y sus curvas en el panel Pérdida.</translation>
    </message>
    <message>
        <source>Open &amp;Text File…</source>
        <translation>Abrir archivo de &amp;texto…</translation>
    </message>
    <message>
        <source>Learn a UTF-8 text file character by character; the Generated text dock shows what the network writes. Undo takes it back.</source>
        <translation>Aprender un archivo de texto UTF-8 carácter a carácter; el panel Texto generado muestra lo que escribe la red. Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Hidden space</source>
        <translation>Espacio oculto</translation>
    </message>
    <message>
        <source>How a hidden layer bends the plane: the grid and the training points where two of its neurons put them.</source>
        <translation>Cómo una capa oculta curva el plano: la cuadrícula y los puntos de entrenamiento donde los ponen dos de sus neuronas.</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Secuencias</translation>
    </message>
    <message>
        <source>For recurrent networks: one validation sequence with the prediction, the hidden states and gates over time, and the gradient that reaches each time step.</source>
        <translation>Para redes recurrentes: una secuencia de validación con la predicción, los estados ocultos y las puertas a lo largo del tiempo, y el gradiente que llega a cada paso de tiempo.</translation>
    </message>
    <message>
        <source>Generated text</source>
        <translation>Texto generado</translation>
    </message>
    <message>
        <source>For text data: what the network writes, sampled every few steps while it trains, with the temperature and the text it starts from.</source>
        <translation>Para datos de texto: lo que escribe la red, muestreado cada pocos pasos mientras entrena, con la temperatura y el texto del que parte.</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>Por dentro</translation>
    </message>
    <message>
        <source>For a network on images: every layer&apos;s feature maps for one image or your drawing, and how each one is computed.</source>
        <translation>Para una red con imágenes: los mapas de características de cada capa para una imagen o su dibujo, y cómo se calcula cada uno.</translation>
    </message>
    <message>
        <source>Could not try this: %1</source>
        <translation>No se pudo probar esto: %1</translation>
    </message>
    <message>
        <source>Open Text File</source>
        <translation>Abrir archivo de texto</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open text file %1</source>
        <translation>Abrir el archivo de texto %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Game settings</source>
        <translation>Ajustes del juego</translation>
    </message>
    <message>
        <source>Import &amp;Image Folder…</source>
        <translation>Importar carpeta de &amp;imágenes…</translation>
    </message>
    <message>
        <source>Train on a folder of PNG or JPEG images with one subfolder per class. Undo takes it back.</source>
        <translation>Entrenar con una carpeta de imágenes PNG o JPEG, con una subcarpeta por clase. Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>For a generative adversarial network: the real data, the noise, the loss and each player&apos;s learning rate, steps and network.</source>
        <translation>Para una red generativa adversaria: los datos reales, el ruido, la pérdida y la tasa de aprendizaje, los pasos y la red de cada jugador.</translation>
    </message>
</context>
<context>
    <name>nnlab::NetworkCanvas</name>
    <message>
        <source>The network: click a layer to select it, use + and - to change layers and neurons, click an edge to type its weight, right-click for more.</source>
        <translation>La red: haga clic en una capa para seleccionarla, use + y - para cambiar capas y neuronas, haga clic en una arista para escribir su peso, clic derecho para más.</translation>
    </message>
    <message>
        <source>Type the new weight and press Enter; Escape cancels.</source>
        <translation>Escriba el nuevo peso y pulse Intro; Escape cancela.</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>Input %1: its value over the input plane, orange negative and blue positive.</source>
        <translation>Entrada %1: su valor sobre el plano de entrada, naranja negativo y azul positivo.</translation>
    </message>
    <message>
        <source>The weight from %1 to %2 appears here once training runs.</source>
        <translation>El peso de %1 a %2 aparece aquí cuando el entrenamiento avanza.</translation>
    </message>
    <message>
        <source>Weight %1 from %2 to %3; click to type a new value.</source>
        <translation>Peso %1 de %2 a %3; haga clic para escribir un valor nuevo.</translation>
    </message>
    <message>
        <source>Select a layer first: click its column.</source>
        <translation>Seleccione primero una capa: haga clic en su columna.</translation>
    </message>
    <message>
        <source>A maxout edge stands for one weight per piece; edit maxout weights from a saved experiment instead.</source>
        <translation>Una arista maxout representa un peso por pieza; edite los pesos maxout en un experimento guardado.</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>Type a number for the weight, such as -0.5.</source>
        <translation>Escriba un número para el peso, como -0,5.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source> (no gradient)</source>
        <translation> (sin gradiente)</translation>
    </message>
    <message>
        <source>Backpropagation cannot train through it: %1.</source>
        <translation>La retropropagación no puede entrenar a través de ella: %1.</translation>
    </message>
    <message>
        <source>it has no usable derivative</source>
        <translation>no tiene una derivada útil</translation>
    </message>
    <message>
        <source>Add hidden layer after the inputs</source>
        <translation>Añadir capa oculta después de las entradas</translation>
    </message>
    <message>
        <source>Dropout on the inputs</source>
        <translation>Dropout sobre las entradas</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Drop rate</source>
        <translation>Tasa de descarte</translation>
    </message>
    <message>
        <source>Add hidden layer after</source>
        <translation>Añadir capa oculta después</translation>
    </message>
    <message>
        <source>Add neuron</source>
        <translation>Añadir neurona</translation>
    </message>
    <message>
        <source>Remove neuron</source>
        <translation>Quitar neurona</translation>
    </message>
    <message>
        <source>Add hidden layer before</source>
        <translation>Añadir capa oculta antes</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Quitar capa</translation>
    </message>
    <message>
        <source>Output follows the task</source>
        <translation>La salida sigue a la tarea</translation>
    </message>
    <message>
        <source>The data and the loss choose the output width and activation.</source>
        <translation>Los datos y la pérdida eligen el ancho y la activación de la salida.</translation>
    </message>
    <message>
        <source>Batch normalisation after this layer</source>
        <translation>Normalización por lotes después de esta capa</translation>
    </message>
    <message>
        <source>Dropout after this layer</source>
        <translation>Dropout después de esta capa</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>Añadir capa oculta</translation>
    </message>
    <message>
        <source>Remove last hidden layer</source>
        <translation>Quitar la última capa oculta</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>Ajustar a la vista</translation>
    </message>
    <message>
        <source>Marks from the gradient health of the last recorded training step.</source>
        <translation>Marcas de la salud del gradiente del último paso de entrenamiento registrado.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#f59322&quot;&gt;▢&lt;/span&gt; saturated (%1): stuck near its limit on most examples</source>
        <translation>&lt;span style=&quot;color:#f59322&quot;&gt;▢&lt;/span&gt; saturada (%1): atascada cerca de su límite en la mayoría de los ejemplos</translation>
    </message>
    <message>
        <source>Dead: it outputs zero for every example of the batch, so no gradient reaches its weights; a leaky ReLU or a lower learning rate avoids this.</source>
        <translation>Muerta: da cero para todos los ejemplos del lote, así que ningún gradiente llega a sus pesos; una Leaky ReLU o una tasa de aprendizaje más baja lo evitan.</translation>
    </message>
    <message>
        <source>Saturated: on most examples its output sits near a limit of its activation, where the slope is almost 0, so it learns very slowly.</source>
        <translation>Saturada: en la mayoría de los ejemplos su salida está cerca de un límite de su activación, donde la pendiente es casi 0, así que aprende muy despacio.</translation>
    </message>
    <message>
        <source>%1: its output over the input plane appears here once training runs.</source>
        <translation>%1: su salida sobre el plano de entrada aparece aquí cuando el entrenamiento avanza.</translation>
    </message>
    <message>
        <source>%1: bias %2; the picture is its output over the input plane.</source>
        <translation>%1: sesgo %2; la imagen es su salida sobre el plano de entrada.</translation>
    </message>
    <message>
        <source>Weight %1 → %2</source>
        <translation>Peso %1 → %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;✕&lt;/span&gt; dead (%1): outputs zero for every example of the batch; fewer than half of each layer, so harmless while the others learn</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;✕&lt;/span&gt; muerta (%1): da cero para todos los ejemplos del lote; menos de la mitad de cada capa, así que no hace daño mientras las demás aprenden</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;✕&lt;/span&gt; dead (%1): outputs zero for every example of the batch; half a layer or more: see Gradient health</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;✕&lt;/span&gt; muerta (%1): da cero para todos los ejemplos del lote; la mitad de una capa o más: vea Salud del gradiente</translation>
    </message>
    <message>
        <source>%1: its bias appears here once training runs.</source>
        <translation>%1: su sesgo aparece aquí cuando el entrenamiento avanza.</translation>
    </message>
    <message>
        <source>%1: bias %2 (the square&apos;s colour: orange negative, blue positive); click to type a new value.</source>
        <translation>%1: sesgo %2 (color del cuadrado: naranja negativo, azul positivo); haga clic para escribir un valor nuevo.</translation>
    </message>
    <message>
        <source>Weight 0 from %1 to %2: a dead edge (dashed) that passes nothing. L1 regularisation sets the weights the data does not need to exactly 0. Click to type a new value.</source>
        <translation>Peso 0 de %1 a %2: una arista muerta (discontinua) que no transmite nada. La regularización L1 pone exactamente a 0 los pesos que los datos no necesitan. Haga clic para escribir un valor nuevo.</translation>
    </message>
    <message>
        <source>A maxout neuron has one bias per piece; edit maxout biases from a saved experiment instead.</source>
        <translation>Una neurona maxout tiene un sesgo por pieza; edite los sesgos maxout en un experimento guardado.</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>sesgo</translation>
    </message>
    <message>
        <source>Type the new bias and press Enter; Escape cancels.</source>
        <translation>Escriba el nuevo sesgo y pulse Intro; Escape cancela.</translation>
    </message>
    <message>
        <source>Type a number for the bias, such as 0.1.</source>
        <translation>Escriba un número para el sesgo, como 0,1.</translation>
    </message>
    <message>
        <source>Bias %1 → %2</source>
        <translation>Sesgo %1 → %2</translation>
    </message>
</context>
<context>
    <name>nnlab::NetworkScene</name>
    <message>
        <source>1 neuron</source>
        <translation>1 neurona</translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation>%1 neuronas</translation>
    </message>
    <message>
        <source>dropout %1</source>
        <translation>dropout %1</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>norm. por lotes</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>The input features; choose them in the data panel.</source>
        <translation>Las características de entrada; elíjalas en el panel de datos.</translation>
    </message>
    <message>
        <source>Click to select this layer; right-click for more edits.</source>
        <translation>Haga clic para seleccionar esta capa; clic derecho para más cambios.</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>Add a neuron to this layer.</source>
        <translation>Añadir una neurona a esta capa.</translation>
    </message>
    <message>
        <source>Remove the last neuron of this layer.</source>
        <translation>Quitar la última neurona de esta capa.</translation>
    </message>
    <message>
        <source>A layer needs at least one neuron; remove the layer instead.</source>
        <translation>Una capa necesita al menos una neurona; quite la capa en su lugar.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (a mano)</translation>
    </message>
    <message>
        <source>The output follows the task: the data and the loss choose its width and activation.</source>
        <translation>La salida sigue a la tarea: los datos y la pérdida eligen su ancho y activación.</translation>
    </message>
    <message>
        <source>The output activation was chosen by hand; the inspector can make it follow the task again.</source>
        <translation>La activación de salida se eligió a mano; el panel de capa puede hacer que vuelva a seguir a la tarea.</translation>
    </message>
    <message>
        <source>The task fixes the number of outputs: one per class for softmax, else one.</source>
        <translation>La tarea fija el número de salidas: una por clase con softmax, si no una.</translation>
    </message>
    <message>
        <source> ×%1</source>
        <translation> ×%1</translation>
    </message>
    <message>
        <source>1 hidden layer</source>
        <translation>1 capa oculta</translation>
    </message>
    <message>
        <source>%1 hidden layers</source>
        <translation>%1 capas ocultas</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output layer.</source>
        <translation>Añadir una capa oculta antes de la capa de salida.</translation>
    </message>
    <message>
        <source>Remove the last hidden layer.</source>
        <translation>Quitar la última capa oculta.</translation>
    </message>
    <message>
        <source>There is no hidden layer left to remove.</source>
        <translation>No queda ninguna capa oculta que quitar.</translation>
    </message>
    <message>
        <source>%1: click to select it, right-click to remove it.</source>
        <translation>%1: haga clic para seleccionarlo, clic derecho para quitarlo.</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>Features: %1 inputs</source>
        <translation>Características: %1 entradas</translation>
    </message>
</context>
<context>
    <name>nnlab::OptimizerRace</name>
    <message>
        <source>Optimizer race</source>
        <translation>Carrera de optimizadores</translation>
    </message>
    <message>
        <source>Batch, mini-batch and stochastic GD</source>
        <translation>GD por lotes, por minilotes y estocástico</translation>
    </message>
    <message>
        <source>Several optimizers start from the same point of a loss surface and step side by side.</source>
        <translation>Varios optimizadores parten del mismo punto de una superficie de pérdida y avanzan uno al lado de otro.</translation>
    </message>
    <message>
        <source>The same line fitted with the exact gradient, with mini-batches and with single samples.</source>
        <translation>La misma recta ajustada con el gradiente exacto, con minilotes y con muestras sueltas.</translation>
    </message>
    <message>
        <source>The loss surface to race on; each racer&apos;s learning rate is set to one that suits it.</source>
        <translation>La superficie de pérdida de la carrera; la tasa de aprendizaje de cada corredor se fija en una que le conviene.</translation>
    </message>
    <message>
        <source>Network loss slice</source>
        <translation>Corte de la pérdida de una red</translation>
    </message>
    <message>
        <source>The function the racers minimise.</source>
        <translation>La función que minimizan los corredores.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Every racer takes one optimizer step.</source>
        <translation>Cada corredor da un paso de su optimizador.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Run the race continuously; click again to pause.</source>
        <translation>Ejecutar la carrera sin parar; haga clic de nuevo para pausar.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Put every racer back on the start point with a fresh optimizer state.</source>
        <translation>Devolver cada corredor al punto de partida con un estado del optimizador nuevo.</translation>
    </message>
    <message>
        <source> steps/frame</source>
        <translation> pasos/fotograma</translation>
    </message>
    <message>
        <source>How many steps each racer takes per animation frame (25 frames a second).</source>
        <translation>Cuántos pasos da cada corredor por fotograma de la animación (25 fotogramas por segundo).</translation>
    </message>
    <message>
        <source>Optimizer steps taken so far by every racer.</source>
        <translation>Pasos de optimizador dados hasta ahora por cada corredor.</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala log.</translation>
    </message>
    <message>
        <source>Draw the loss on a logarithmic axis, so that fast and slow convergence can both be read.</source>
        <translation>Dibujar la pérdida en un eje logarítmico para que se puedan leer tanto la convergencia rápida como la lenta.</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>The loss surface with its level lines; click to move the start point.</source>
        <translation>La superficie de pérdida con sus curvas de nivel; haga clic para mover el punto de partida.</translation>
    </message>
    <message>
        <source>Each racer&apos;s loss above the minimum, step by step.</source>
        <translation>La pérdida de cada corredor por encima del mínimo, paso a paso.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>f − f*</source>
        <translation>f − f*</translation>
    </message>
    <message>
        <source>Curvature 25 across the valley and 1 along it: a rate safe across it (below 2/25) is slow along the floor, where SGD creeps; momentum gathers speed there but swings; the adaptive methods rescale each direction.</source>
        <translation>Curvatura 25 a través del valle y 1 a lo largo: una tasa segura a través (por debajo de 2/25) es lenta a lo largo del fondo, donde el SGD avanza muy despacio; el momento gana velocidad ahí pero oscila; los métodos adaptativos reescalan cada dirección.</translation>
    </message>
    <message>
        <source>A narrow curved valley: reaching it is quick, following it to the minimum at (1, 1) is slow.</source>
        <translation>Un valle estrecho y curvo: llegar a él es rápido, seguirlo hasta el mínimo en (1, 1) es lento.</translation>
    </message>
    <message>
        <source>Flat plateaus beside steep walls: the gradient&apos;s size varies by orders of magnitude.</source>
        <translation>Mesetas planas junto a paredes empinadas: el tamaño del gradiente varía en órdenes de magnitud.</translation>
    </message>
    <message>
        <source>Four minima of equal height: which one a racer reaches depends on its path; momentum can overshoot into another basin.</source>
        <translation>Cuatro mínimos de igual altura: a cuál llega un corredor depende de su trayectoria; el momento puede pasarse a otra cuenca.</translation>
    </message>
    <message>
        <source>A saddle at the origin between two minima: near it the gradient across is tiny, so plain GD lingers; started exactly on y = 0 it never leaves.</source>
        <translation>Un punto de silla en el origen entre dos mínimos: cerca de él el gradiente transversal es diminuto, así que el GD simple se entretiene; si parte exactamente de y = 0, nunca sale.</translation>
    </message>
    <message>
        <source>The training loss of a 2-6-1 tanh network (circle data, cross-entropy) on a plane through its trained weights w&lt;sub&gt;0&lt;/sub&gt; (the origin) along two random, filter-normalised directions d&lt;sub&gt;1&lt;/sub&gt;, d&lt;sub&gt;2&lt;/sub&gt; (Li et al. 2018); the gradient is backpropagation&apos;s, projected on the plane.</source>
        <translation>La pérdida de entrenamiento de una red tanh 2-6-1 (datos en círculo, entropía cruzada) sobre un plano que pasa por sus pesos entrenados w&lt;sub&gt;0&lt;/sub&gt; (el origen) a lo largo de dos direcciones aleatorias normalizadas por filtro d&lt;sub&gt;1&lt;/sub&gt;, d&lt;sub&gt;2&lt;/sub&gt; (Li et al. 2018); el gradiente es el de la retropropagación, proyectado sobre el plano.</translation>
    </message>
    <message>
        <source>Click the map to move the start (⊕); ★ marks the minima; level lines are evenly spaced in %1.</source>
        <translation>Haga clic en el mapa para mover el inicio (⊕); ★ marca los mínimos; las curvas de nivel están espaciadas uniformemente en %1.</translation>
    </message>
    <message>
        <source>log(f − f*)</source>
        <translation>log(f − f*)</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>f − f* = %1 at (%2, %3)</source>
        <translation>f − f* = %1 en (%2, %3)</translation>
    </message>
    <message>
        <source>diverged after %1 steps: learning rate too large here</source>
        <translation>divergió tras %1 pasos: tasa de aprendizaje demasiado grande aquí</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>Training the network whose loss is sliced, and drawing its map…</source>
        <translation>Entrenando la red cuya pérdida se corta y dibujando su mapa…</translation>
    </message>
    <message>
        <source>This surface could not be built: %1</source>
        <translation>No se pudo construir esta superficie: %1</translation>
    </message>
</context>
<context>
    <name>nnlab::PlayerEditor</name>
    <message>
        <source>Generator network</source>
        <translation>Red del generador</translation>
    </message>
    <message>
        <source>Discriminator network</source>
        <translation>Red del discriminador</translation>
    </message>
    <message>
        <source>The generator&apos;s hidden layers; its output is a point of the plane. A change starts both networks again.</source>
        <translation>Las capas ocultas del generador; su salida es un punto del plano. Un cambio reinicia ambas redes.</translation>
    </message>
    <message>
        <source>The discriminator&apos;s hidden layers; its output is the logit of D(x). A change starts both networks again.</source>
        <translation>Las capas ocultas del discriminador; su salida es el logit de D(x). Un cambio reinicia ambas redes.</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Quitar la última capa oculta</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>Añadir una capa oculta antes de la salida</translation>
    </message>
    <message>
        <source>The activation of every hidden layer of this network; one step to undo.</source>
        <translation>La activación de todas las capas ocultas de esta red; se deshace en un solo paso.</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <source>1 hidden layer</source>
        <translation>1 capa oculta</translation>
    </message>
    <message>
        <source>%1 hidden layers</source>
        <translation>%1 capas ocultas</translation>
    </message>
    <message>
        <source>One neuron less</source>
        <translation>Una neurona menos</translation>
    </message>
    <message>
        <source>One neuron more</source>
        <translation>Una neurona más</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Capa %1</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 neurona</translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation>%1 neuronas</translation>
    </message>
</context>
<context>
    <name>nnlab::PointCanvas</name>
    <message>
        <source>Click to add a point of the chosen class; right-click a point to remove it.</source>
        <translation>Haga clic para añadir un punto de la clase elegida; clic derecho sobre un punto para quitarlo.</translation>
    </message>
    <message>
        <source>Click to add points</source>
        <translation>Haga clic para añadir puntos</translation>
    </message>
</context>
<context>
    <name>nnlab::RacerList</name>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>wd</source>
        <translation>wd</translation>
    </message>
    <message>
        <source>Learning rate: how far each update moves the point.</source>
        <translation>Tasa de aprendizaje: cuánto mueve cada actualización el punto.</translation>
    </message>
    <message>
        <source>Momentum: how much of the previous update is carried into the next one.</source>
        <translation>Momento: cuánto de la actualización anterior pasa a la siguiente.</translation>
    </message>
    <message>
        <source>Decay rate of the running average of the gradients.</source>
        <translation>Tasa de decaimiento de la media móvil de los gradientes.</translation>
    </message>
    <message>
        <source>Decay rate of the running average of the squared gradients.</source>
        <translation>Tasa de decaimiento de la media móvil de los gradientes al cuadrado.</translation>
    </message>
    <message>
        <source>A small number added to the denominator so that it is never zero.</source>
        <translation>Un número pequeño sumado al denominador para que nunca sea cero.</translation>
    </message>
    <message>
        <source>Decay rate of the running averages this optimizer keeps.</source>
        <translation>Tasa de decaimiento de las medias móviles de este optimizador.</translation>
    </message>
    <message>
        <source>Pulls the point towards the origin a little at each update, besides the gradient.</source>
        <translation>Acerca un poco el punto al origen en cada actualización, además del gradiente.</translation>
    </message>
    <message>
        <source>A hyperparameter of this optimizer.</source>
        <translation>Un hiperparámetro de este optimizador.</translation>
    </message>
    <message>
        <source>Add optimizer</source>
        <translation>Añadir optimizador</translation>
    </message>
    <message>
        <source>Add another racer; it starts from the same point and catches up the steps already run.</source>
        <translation>Añadir otro corredor; parte del mismo punto y recupera los pasos ya dados.</translation>
    </message>
</context>
<context>
    <name>nnlab::RacerRow</name>
    <message>
        <source>This racer&apos;s colour on the map and in the loss plot.</source>
        <translation>El color de este corredor en el mapa y en el gráfico de pérdida.</translation>
    </message>
    <message>
        <source>The engine&apos;s optimizer this racer uses.</source>
        <translation>El optimizador del motor que usa este corredor.</translation>
    </message>
    <message>
        <source>Where this racer is now and how far its loss is above the minimum.</source>
        <translation>Dónde está ahora este corredor y cuánto está su pérdida por encima del mínimo.</translation>
    </message>
    <message>
        <source>Remove this racer.</source>
        <translation>Quitar este corredor.</translation>
    </message>
</context>
<context>
    <name>nnlab::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>Forget the recently opened files (the files themselves stay).</source>
        <translation>Olvidar los archivos abiertos recientemente (los archivos en sí se conservan).</translation>
    </message>
</context>
<context>
    <name>nnlab::ReportContent</name>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>CSV file %1</source>
        <translation>Archivo CSV %1</translation>
    </message>
    <message numerus="yes">
        <source>drawn by hand, %n points</source>
        <translation>
            <numerusform>dibujado a mano, %n punto</numerusform>
            <numerusform>dibujado a mano, %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Parte de entrenamiento</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Semilla de datos</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>activation %1</source>
        <translation>activación %1</translation>
    </message>
    <message>
        <source>weights %1</source>
        <translation>pesos %1</translation>
    </message>
    <message>
        <source>biases %1</source>
        <translation>sesgos %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>%1 (output)</source>
        <translation>%1 (salida)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>L1 %1</source>
        <translation>L1 %1</translation>
    </message>
    <message>
        <source>L2 %1</source>
        <translation>L2 %1</translation>
    </message>
    <message>
        <source>max-norm %1</source>
        <translation>norma máx. %1</translation>
    </message>
    <message>
        <source>gradient clip at %1</source>
        <translation>recorte del gradiente por valor en %1</translation>
    </message>
    <message>
        <source>gradient norm clip at %1</source>
        <translation>recorte del gradiente por norma en %1</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>step: ×%1 every %2 epochs</source>
        <translation>escalonado: ×%1 cada %2 épocas</translation>
    </message>
    <message>
        <source>exponential: ×%1 per %2 epochs</source>
        <translation>exponencial: ×%1 por cada %2 épocas</translation>
    </message>
    <message>
        <source>cosine down to %1</source>
        <translation>coseno hasta %1</translation>
    </message>
    <message>
        <source>, warm-up %1 epochs</source>
        <translation>, calentamiento %1 épocas</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Programa de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>patience %1 epochs</source>
        <translation>paciencia %1 épocas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>whole training set</source>
        <translation>todo el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>aún sin entrenar</translation>
    </message>
</context>
<context>
    <name>nnlab::ReportWriter</name>
    <message>
        <source>Created %1 with nnlab</source>
        <translation>Creado el %1 con nnlab</translation>
    </message>
    <message>
        <source>Final metrics</source>
        <translation>Métricas finales</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figuras</translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation>Figura %1: %2</translation>
    </message>
    <message>
        <source>Could not lay out the report as PDF.</source>
        <translation>No se pudo maquetar el informe como PDF.</translation>
    </message>
    <message>
        <source>Left out, because nothing was recorded for them since the experiment was opened (they fill in while the network trains in the window):</source>
        <translation>Omitidas, porque no se ha registrado nada para ellas desde que se abrió el experimento (se completan mientras la red entrena en la ventana):</translation>
    </message>
</context>
<context>
    <name>nnlab::SequenceCsvDialog</name>
    <message>
        <source>Import sequences from %1</source>
        <translation>Importar secuencias de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 column(s).</source>
        <translation>
            <numerusform>%n fila, %1 columna(s).</numerusform>
            <numerusform>%n filas, %1 columna(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wide: one sequence per row</source>
        <translation>Ancho: una secuencia por fila</translation>
    </message>
    <message>
        <source>Long: one time step per row, with a sequence id column</source>
        <translation>Largo: un paso de tiempo por fila, con columna de id de secuencia</translation>
    </message>
    <message>
        <source>How the file holds its sequences.</source>
        <translation>Cómo guarda el archivo sus secuencias.</translation>
    </message>
    <message>
        <source>The column that says which sequence a row belongs to (numbers or text).</source>
        <translation>La columna que indica a qué secuencia pertenece una fila (números o texto).</translation>
    </message>
    <message>
        <source>The column the network learns to predict, one value per sequence.</source>
        <translation>La columna que la red aprende a predecir, un valor por secuencia.</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (texto)</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number; automatic decides from the target column.</source>
        <translation>La clasificación predice una clase, la regresión un número; automático decide según la columna objetivo.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation>Pasos de tiempo</translation>
    </message>
    <message>
        <source>Sequence id column</source>
        <translation>Columna de id de secuencia</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>as long as the first</source>
        <translation>igual que la primera</translation>
    </message>
    <message>
        <source>T: the input columns of a row are T time steps of F features each, time-major (step 0&apos;s features, then step 1&apos;s, ...).</source>
        <translation>T: las columnas de entrada de una fila son T pasos de tiempo de F características cada uno, paso a paso (primero las características del paso 0, luego las del paso 1, ...).</translation>
    </message>
    <message>
        <source>The length every sequence must have; 0: as long as the first.</source>
        <translation>La longitud que debe tener cada secuencia; 0: igual que la primera.</translation>
    </message>
    <message>
        <source>Every column but the target is an input; their number must split into the time steps.</source>
        <translation>Todas las columnas salvo el objetivo son entradas; su número debe poder repartirse entre los pasos de tiempo.</translation>
    </message>
    <message>
        <source>Rows with the same id form one sequence, in file order; each needs the same target on every row. A row that does not fit is named with its line.</source>
        <translation>Las filas con el mismo id forman una secuencia, en el orden del archivo; cada una necesita el mismo objetivo en todas sus filas. Una fila que no encaje se indica con su número de línea.</translation>
    </message>
</context>
<context>
    <name>nnlab::SequencePanel</name>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <source>For recurrent networks (rnn, lstm or gru layers) on sequence data: the prediction for one validation sequence, the hidden states and gates over its time steps, and how much gradient reaches each step. Open Examples &gt; adding problem to see it.</source>
        <translation>Para redes recurrentes (capas rnn, lstm o gru) con datos de secuencias: la predicción para una secuencia de validación, los estados ocultos y las puertas a lo largo de sus pasos de tiempo, y cuánto gradiente llega a cada paso. Abra Ejemplos &gt; problema de la suma para verlo.</translation>
    </message>
    <message>
        <source>Which validation sequence the plots show.</source>
        <translation>Qué secuencia de validación muestran los gráficos.</translation>
    </message>
    <message>
        <source>The recurrent layer whose hidden states, gates and gradient are shown.</source>
        <translation>La capa recurrente cuyos estados ocultos, puertas y gradiente se muestran.</translation>
    </message>
    <message>
        <source>Compare with RNN</source>
        <translation>Comparar con RNN</translation>
    </message>
    <message>
        <source>Train the other kind of cell (a plain RNN for an LSTM or GRU, an LSTM for a plain RNN) on the same data for as many steps, in the background, and draw its gradient through time beside this run&apos;s.</source>
        <translation>Entrenar el otro tipo de celda (una RNN simple para una LSTM o GRU, una LSTM para una RNN simple) con los mismos datos durante los mismos pasos, en segundo plano, y dibujar su gradiente en el tiempo junto al de esta ejecución.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradiente</translation>
    </message>
    <message>
        <source>Hidden state</source>
        <translation>Estado oculto</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Comparar con %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>%1, this run (step %2)</source>
        <translation>%1, esta ejecución (paso %2)</translation>
    </message>
    <message>
        <source>Training the %1 on the same data for %2 steps…</source>
        <translation>Entrenando la %1 con los mismos datos durante %2 pasos…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>La comparación falló: %1</translation>
    </message>
    <message>
        <source>%1, same data (%2 steps)</source>
        <translation>%1, mismos datos (%2 pasos)</translation>
    </message>
    <message>
        <source>The %1 trained %2 steps on the same data: mean validation loss %3 (dashed curve).</source>
        <translation>La %1 entrenó %2 pasos con los mismos datos: pérdida media de validación %3 (curva discontinua).</translation>
    </message>
    <message>
        <source>Unrolled</source>
        <translation>Desplegada</translation>
    </message>
    <message>
        <source>The recurrent network unrolled over the time steps of the chosen sequence: inputs, cells and outputs at every step. Hover a box to read its values.</source>
        <translation>La red recurrente desplegada a lo largo de los pasos de tiempo de la secuencia elegida: entradas, celdas y salidas en cada paso. Pase el ratón sobre un recuadro para leer sus valores.</translation>
    </message>
</context>
<context>
    <name>nnlab::SequencePredictionPlot</name>
    <message>
        <source>time step t</source>
        <translation>paso de tiempo t</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>The chosen validation sequence: what goes in at every step and what the network answers.</source>
        <translation>La secuencia de validación elegida: lo que entra en cada paso y lo que responde la red.</translation>
    </message>
    <message>
        <source>A many-to-one network answers once, after the last step: drawn one step to the right.</source>
        <translation>Una red muchos-a-uno responde una vez, tras el último paso: se dibuja un paso más a la derecha.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>Sequence %1: loss %2</source>
        <translation>Secuencia %1: pérdida %2</translation>
    </message>
    <message>
        <source>Sequence %1: class %2 predicted, class %3 true, loss %4</source>
        <translation>Secuencia %1: clase %2 predicha, clase %3 real, pérdida %4</translation>
    </message>
    <message>
        <source>Sequence %1: target %2, prediction %3, loss %4</source>
        <translation>Secuencia %1: objetivo %2, predicción %3, pérdida %4</translation>
    </message>
</context>
<context>
    <name>nnlab::TimeGradientPlot</name>
    <message>
        <source>time step t</source>
        <translation>paso de tiempo t</translation>
    </message>
    <message>
        <source>|dL/dh_t|</source>
        <translation>|dL/dh_t|</translation>
    </message>
    <message>
        <source>How much of the loss&apos;s gradient reaches the hidden state at each step (log scale). Where it is tiny, those steps hardly learn.</source>
        <translation>Cuánto del gradiente de la pérdida llega al estado oculto en cada paso (escala logarítmica). Donde es diminuto, esos pasos apenas aprenden.</translation>
    </message>
</context>
<context>
    <name>nnlab::TrainingPanel</name>
    <message>
        <source>How far each update moves the weights; applied live, the weights are kept.</source>
        <translation>Cuánto mueve cada actualización los pesos; se aplica al momento y los pesos se conservan.</translation>
    </message>
    <message>
        <source>How much of the previous update is carried into the next one.</source>
        <translation>Cuánto de la actualización anterior pasa a la siguiente.</translation>
    </message>
    <message>
        <source>Decay rate of the running average of the gradients.</source>
        <translation>Tasa de decaimiento de la media móvil de los gradientes.</translation>
    </message>
    <message>
        <source>Decay rate of the running average of the squared gradients.</source>
        <translation>Tasa de decaimiento de la media móvil de los gradientes al cuadrado.</translation>
    </message>
    <message>
        <source>A small number added to the denominator so that it is never zero.</source>
        <translation>Un número pequeño sumado al denominador para que nunca sea cero.</translation>
    </message>
    <message>
        <source>Decay rate of the running averages this optimizer keeps.</source>
        <translation>Tasa de decaimiento de las medias móviles de este optimizador.</translation>
    </message>
    <message>
        <source>Shrinks every weight towards zero a little at each update, separately from the gradient.</source>
        <translation>Reduce un poco cada peso hacia cero en cada actualización, aparte del gradiente.</translation>
    </message>
    <message>
        <source>A hyperparameter of the chosen optimizer.</source>
        <translation>Un hiperparámetro del optimizador elegido.</translation>
    </message>
    <message>
        <source>The quantity training makes small: how far the outputs are from the targets.</source>
        <translation>La magnitud que el entrenamiento reduce: cuánto se alejan las salidas de los objetivos.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates; its settings appear below it.</source>
        <translation>La regla que convierte gradientes en cambios de pesos; sus ajustes aparecen debajo.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>whole set</source>
        <translation>todo el conjunto</translation>
    </message>
    <message>
        <source>How many training points are averaged for one update; 0 uses the whole training set.</source>
        <translation>Cuántos puntos de entrenamiento se promedian en una actualización; 0 usa todo el conjunto.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Training stops after this many passes over the training set; 0 trains until paused.</source>
        <translation>El entrenamiento para tras esta cantidad de pasadas por los datos; 0 entrena hasta pausar.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Programa de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch.</source>
        <translation>Cómo cambia la tasa de aprendizaje de una época a otra.</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Decaimiento escalonado</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>Decaimiento exponencial</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation>Cada (épocas)</translation>
    </message>
    <message>
        <source>The decay period: step decay multiplies by gamma once per period.</source>
        <translation>El periodo: el decaimiento escalonado multiplica por gamma una vez por periodo.</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>The factor the learning rate is multiplied by per period.</source>
        <translation>El factor por el que se multiplica la tasa de aprendizaje en cada periodo.</translation>
    </message>
    <message>
        <source>Minimum rate</source>
        <translation>Tasa mínima</translation>
    </message>
    <message>
        <source>The learning rate the cosine curve ends at.</source>
        <translation>La tasa de aprendizaje en la que termina la curva coseno.</translation>
    </message>
    <message>
        <source>Period (epochs)</source>
        <translation>Periodo (épocas)</translation>
    </message>
    <message>
        <source>Length of the cosine curve in epochs; 0 uses the run&apos;s epochs.</source>
        <translation>Longitud de la curva coseno en épocas; 0 usa las épocas de la ejecución.</translation>
    </message>
    <message>
        <source>Warm-up (epochs)</source>
        <translation>Calentamiento (épocas)</translation>
    </message>
    <message>
        <source>The learning rate rises linearly from zero over these first epochs.</source>
        <translation>La tasa de aprendizaje sube linealmente desde cero en estas primeras épocas.</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Adds this times the sum of w² to the loss, keeping all weights small.</source>
        <translation>Suma este valor por la suma de w² a la pérdida, manteniendo pequeños todos los pesos.</translation>
    </message>
    <message>
        <source>Max-norm</source>
        <translation>Norma máx.</translation>
    </message>
    <message>
        <source>Rescales each neuron&apos;s incoming weights to at most this length after every update; 0 is off.</source>
        <translation>Reescala los pesos de entrada de cada neurona a esta longitud como máximo tras cada actualización; 0 la desactiva.</translation>
    </message>
    <message>
        <source>Clip value</source>
        <translation>Recorte por valor</translation>
    </message>
    <message>
        <source>Clamps every gradient component to this size before the update; 0 is off.</source>
        <translation>Limita cada componente del gradiente a este tamaño antes de actualizar; 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Clip norm</source>
        <translation>Recorte por norma</translation>
    </message>
    <message>
        <source>Scales all gradients down together when their total length exceeds this; 0 is off.</source>
        <translation>Reduce todos los gradientes a la vez cuando su longitud total supera este valor; 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>How many epochs without improvement are tolerated before training stops.</source>
        <translation>Cuántas épocas sin mejora se toleran antes de parar el entrenamiento.</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Paciencia</translation>
    </message>
    <message>
        <source>Min. improvement</source>
        <translation>Mejora mín.</translation>
    </message>
    <message>
        <source>A new loss counts as better only if it beats the best by more than this.</source>
        <translation>Una pérdida nueva solo cuenta como mejor si supera a la mejor por más que esto.</translation>
    </message>
    <message>
        <source>Restore best weights</source>
        <translation>Restaurar los mejores pesos</translation>
    </message>
    <message>
        <source>When stopping, put back the weights of the epoch with the lowest loss.</source>
        <translation>Al parar, recuperar los pesos de la época con la menor pérdida.</translation>
    </message>
    <message>
        <source>Loss: %1</source>
        <translation>Pérdida: %1</translation>
    </message>
    <message>
        <source>Optimizer: %1</source>
        <translation>Optimizador: %1</translation>
    </message>
    <message>
        <source>Batch size %1</source>
        <translation>Tamaño de lote %1</translation>
    </message>
    <message>
        <source>Epochs %1</source>
        <translation>Épocas %1</translation>
    </message>
    <message>
        <source>Learning-rate schedule: %1</source>
        <translation>Programa de la tasa de aprendizaje: %1</translation>
    </message>
    <message>
        <source>Schedule period</source>
        <translation>Periodo del programa</translation>
    </message>
    <message>
        <source>Schedule gamma</source>
        <translation>Gamma del programa</translation>
    </message>
    <message>
        <source>Schedule minimum rate</source>
        <translation>Tasa mínima del programa</translation>
    </message>
    <message>
        <source>Cosine period</source>
        <translation>Periodo del coseno</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>Épocas de calentamiento</translation>
    </message>
    <message>
        <source>L1 %1</source>
        <translation>L1 %1</translation>
    </message>
    <message>
        <source>L2 %1</source>
        <translation>L2 %1</translation>
    </message>
    <message>
        <source>Max-norm %1</source>
        <translation>Norma máx. %1</translation>
    </message>
    <message>
        <source>Clip value %1</source>
        <translation>Recorte por valor %1</translation>
    </message>
    <message>
        <source>Clip norm %1</source>
        <translation>Recorte por norma %1</translation>
    </message>
    <message>
        <source>Early stopping on</source>
        <translation>Parada temprana activada</translation>
    </message>
    <message>
        <source>Early stopping off</source>
        <translation>Parada temprana desactivada</translation>
    </message>
    <message>
        <source>Patience %1</source>
        <translation>Paciencia %1</translation>
    </message>
    <message>
        <source>Minimum improvement</source>
        <translation>Mejora mínima</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The random seed of the starting weights. Reset draws a new one; type a seed you noted and use Training &gt; Restart from the same weights to repeat a run exactly.</source>
        <translation>La semilla aleatoria de los pesos iniciales. Reiniciar genera una nueva; escriba una semilla anotada y use Entrenamiento &gt; Reiniciar con los mismos pesos para repetir una ejecución exactamente.</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>Semilla de pesos</translation>
    </message>
    <message>
        <source>Weight seed %1</source>
        <translation>Semilla de pesos %1</translation>
    </message>
    <message>
        <source>Adds this times the sum of |w| to the loss; after each step it shrinks every weight by the learning rate times this and stops at exactly zero, so unneeded weights become 0 (dashed edges on the canvas).</source>
        <translation>Suma este valor por la suma de |w| a la pérdida; tras cada paso reduce cada peso en la tasa de aprendizaje por este valor y se detiene exactamente en cero, así que los pesos innecesarios pasan a 0 (aristas discontinuas en la red).</translation>
    </message>
    <message>
        <source>Double precision (float64) computes everything in 64-bit numbers: the default, what the small networks and the reference cases use. Single precision (float32) runs the big matrix products of large dense and convolutional layers in 32-bit numbers, about twice as fast on images; the weights and the optimizer stay in double. Changing it rebuilds the model: the weights are kept, the optimizer starts afresh.</source>
        <translation>La precisión doble (float64) calcula todo con números de 64 bits: es el valor por defecto, el que usan las redes pequeñas y los casos de referencia. La precisión simple (float32) ejecuta los grandes productos de matrices de las capas densas y convolucionales grandes con números de 32 bits, unas dos veces más rápido con imágenes; los pesos y el optimizador siguen en precisión doble. Cambiarla reconstruye el modelo: se conservan los pesos y el optimizador empieza de nuevo.</translation>
    </message>
    <message>
        <source>Double (float64)</source>
        <translation>Doble (float64)</translation>
    </message>
    <message>
        <source>Single (float32)</source>
        <translation>Simple (float32)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Precision: %1</source>
        <translation>Precisión: %1</translation>
    </message>
    <message>
        <source>Stop when the validation loss (without a validation set, the test loss) has not improved for a while.</source>
        <translation>Detener cuando la pérdida de validación (sin conjunto de validación, la pérdida de prueba) no haya mejorado durante un tiempo.</translation>
    </message>
    <message>
        <source>One core</source>
        <translation>Un núcleo</translation>
    </message>
    <message>
        <source>Two cores (idle machine)</source>
        <translation>Dos núcleos (equipo libre)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation>Hilos: %1</translation>
    </message>
    <message>
        <source>Two cores split the large matrix products of big dense layers (a million multiply-adds and more) between two threads: about a third faster on a machine with nothing else to do. When other programs keep the cores busy, a step waits for the second thread and gets slower. The small networks always use one core; the results agree to the last digits.</source>
        <translation>Dos núcleos reparten los grandes productos de matrices de las capas densas grandes (desde un millón de multiplicaciones) entre dos hilos: alrededor de un tercio más rápido en un equipo sin otra tarea. Si otros programas ocupan los núcleos, cada paso espera al segundo hilo y va más lento. Las redes pequeñas usan siempre un núcleo; los resultados coinciden salvo en las últimas cifras.</translation>
    </message>
</context>
<context>
    <name>nnlab::TrainingToolBar</name>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Training speed: slow it down to watch single updates; the right end trains as fast as the computer can.</source>
        <translation>Velocidad de entrenamiento: redúzcala para ver cada actualización; el extremo derecho entrena tan rápido como pueda el ordenador.</translation>
    </message>
    <message>
        <source>Epochs trained: one epoch is one pass over the whole training set.</source>
        <translation>Épocas entrenadas: una época es una pasada por todos los datos de entrenamiento.</translation>
    </message>
    <message>
        <source>Time spent training since the last reset.</source>
        <translation>Tiempo de entrenamiento desde el último reinicio.</translation>
    </message>
    <message>
        <source>Training samples processed per second, a measure of speed.</source>
        <translation>Muestras de entrenamiento procesadas por segundo, una medida de la velocidad.</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Época %1</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 muestras/s</translation>
    </message>
    <message>
        <source>– samples/s</source>
        <translation>– muestras/s</translation>
    </message>
</context>
<context>
    <name>nnlab::UnitDetailView</name>
    <message>
        <source>The image as the network gets it: %1 channel(s) of %2x%3 values, normalised like the training data.</source>
        <translation>La imagen tal como la recibe la red: %1 canal(es) de %2x%3 valores, normalizados como los datos de entrenamiento.</translation>
    </message>
    <message>
        <source>Waiting for the worker&apos;s split of this unit...</source>
        <translation>Esperando el desglose de esta unidad por el proceso de trabajo...</translation>
    </message>
    <message>
        <source>Channel %1 at row %2, column %3: the sum of the %4 products input x kernel = %5</source>
        <translation>Canal %1 en la fila %2, columna %3: la suma de los %4 productos entrada x núcleo = %5</translation>
    </message>
    <message>
        <source>Sum over the %1 input channels: %2; + bias %3 = %4</source>
        <translation>Suma sobre los %1 canales de entrada: %2; + sesgo %3 = %4</translation>
    </message>
    <message>
        <source>%1(%2) = %3</source>
        <translation>%1(%2) = %3</translation>
    </message>
    <message>
        <source>softmax: p_k = exp(z_k) / (exp(z_1) + ... + exp(z_%1)); the sum of the exponentials is %2</source>
        <translation>softmax: p_k = exp(z_k) / (exp(z_1) + ... + exp(z_%1)); la suma de las exponenciales es %2</translation>
    </message>
    <message>
        <source>%1: exp(%2) / %3 = %4</source>
        <translation>%1: exp(%2) / %3 = %4</translation>
    </message>
    <message>
        <source>relu(z) = max(0, z) = max(0, %1) = %2</source>
        <translation>relu(z) = max(0, z) = max(0, %1) = %2</translation>
    </message>
    <message>
        <source>Applied to every value on its own: the map keeps its size, %1x%2.</source>
        <translation>Aplicada a cada valor por separado: el mapa conserva su tamaño, %1x%2.</translation>
    </message>
    <message>
        <source>max(%1) = %2</source>
        <translation>max(%1) = %2</translation>
    </message>
    <message>
        <source>mean(%1) = %2</source>
        <translation>mean(%1) = %2</translation>
    </message>
    <message>
        <source>A %1x%1 window, moved by %2: the map shrinks from %3x%4 to %5x%6.</source>
        <translation>Una ventana de %1x%1, con un desplazamiento de %2: el mapa se reduce de %3x%4 a %5x%6.</translation>
    </message>
    <message>
        <source>%1: z = sum of %2 weights x inputs + bias = %3 + %4 = %5</source>
        <translation>%1: z = suma de %2 pesos x entradas + sesgo = %3 + %4 = %5</translation>
    </message>
    <message>
        <source>input %1: %2 x %3</source>
        <translation>entrada %1: %2 x %3</translation>
    </message>
    <message>
        <source>Largest terms: %1</source>
        <translation>Términos mayores: %1</translation>
    </message>
    <message>
        <source>flatten: the %1 maps of %2x%3 laid out in one row of %4 values, for the dense layer after it.</source>
        <translation>flatten: los %1 mapas de %2x%3 dispuestos en una fila de %4 valores, para la capa densa siguiente.</translation>
    </message>
    <message>
        <source>input window (channel %1)</source>
        <translation>ventana de entrada (canal %1)</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>núcleo</translation>
    </message>
    <message>
        <source>+ bias
%1
=</source>
        <translation>+ sesgo
%1
=</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>suma</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, unidad %2</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>calculando...</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>logit z</source>
        <translation>logit z</translation>
    </message>
    <message>
        <source>exp(z)</source>
        <translation>exp(z)</translation>
    </message>
    <message>
        <source>exp(z) / sum</source>
        <translation>exp(z) / suma</translation>
    </message>
    <message>
        <source>Click a tile above to see how it is computed, with the numbers; move the mouse over the maps to follow one cell.</source>
        <translation>Haga clic en una casilla de arriba para ver cómo se calcula, con los números; mueva el ratón sobre los mapas para seguir una celda.</translation>
    </message>
    <message>
        <source>%1, unit %2: each input channel gets its own kernel; the results are summed and a bias added</source>
        <translation>%1, unidad %2: cada canal de entrada tiene su propio núcleo; los resultados se suman y se añade un sesgo</translation>
    </message>
    <message>
        <source>softmax: the logits turned into probabilities</source>
        <translation>softmax: los logits convertidos en probabilidades</translation>
    </message>
    <message>
        <source>%1: max pooling keeps the largest value of each window</source>
        <translation>%1: el max pooling conserva el mayor valor de cada ventana</translation>
    </message>
    <message>
        <source>%1: average pooling keeps the mean of each window</source>
        <translation>%1: el average pooling conserva la media de cada ventana</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidad %1</translation>
    </message>
    <message>
        <source>flatten lays the %1 maps of %2x%3 out in one row of %4 values; the dense layer after it multiplies each value by its own weight, sums the products and adds a bias.</source>
        <translation>flatten dispone los %1 mapas de %2x%3 en una fila de %4 valores; la capa densa siguiente multiplica cada valor por su propio peso, suma los productos y añade un sesgo.</translation>
    </message>
    <message>
        <source>%1: the sum of the %2 products value x weight = %3; + bias %4 = %5</source>
        <translation>%1: la suma de los %2 productos valor x peso = %3; + sesgo %4 = %5</translation>
    </message>
    <message>
        <source>Map %1, row %2, column %3: pixel value %4 x weight %5 = %6</source>
        <translation>Mapa %1, fila %2, columna %3: valor del píxel %4 x peso %5 = %6</translation>
    </message>
    <message>
        <source>Softmax then turns the logits into the probabilities (click the softmax column).</source>
        <translation>Después, la softmax convierte los logits en las probabilidades (haga clic en la columna softmax).</translation>
    </message>
    <message>
        <source>%1: the %2 maps the dense layer reads (flattened: %3 values)</source>
        <translation>%1: los %2 mapas que lee la capa densa (aplanados: %3 valores)</translation>
    </message>
    <message>
        <source>their weights to %1, each on the pixel it multiplies (red adds, blue subtracts)</source>
        <translation>sus pesos hacia %1, cada uno sobre el píxel que multiplica (el rojo suma, el azul resta)</translation>
    </message>
    <message>
        <source>pixel value x weight: what each pixel adds to %1</source>
        <translation>valor del píxel x peso: lo que cada píxel aporta a %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop the window where it is; the mouse over a map still moves it.</source>
        <translation>Detener la ventana donde está; el ratón sobre un mapa sigue moviéndola.</translation>
    </message>
    <message>
        <source>Sweep the window over the map again, one cell every quarter second.</source>
        <translation>Volver a pasar la ventana por el mapa, una celda cada cuarto de segundo.</translation>
    </message>
    <message>
        <source>Kernel of input channel %1 for unit %2:</source>
        <translation>Núcleo del canal de entrada %1 para la unidad %2:</translation>
    </message>
    <message>
        <source>Bias: %1</source>
        <translation>Sesgo: %1</translation>
    </message>
    <message>
        <source>products, their sum: %1</source>
        <translation>productos, su suma: %1</translation>
    </message>
    <message>
        <source>%1: which weights connect the flattened maps to a class</source>
        <translation>%1: qué pesos conectan los mapas aplanados con una clase</translation>
    </message>
</context>
<context>
    <name>nnlab::UnrolledNetworkView</name>
    <message>
        <source>Input x at t = %1: %2</source>
        <translation>Entrada x en t = %1: %2</translation>
    </message>
    <message>
        <source>Output at t = %1: prediction %2</source>
        <translation>Salida en t = %1: predicción %2</translation>
    </message>
    <message>
        <source>Output after the last step: prediction %1</source>
        <translation>Salida tras el último paso: predicción %1</translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation>, objetivo %1</translation>
    </message>
    <message>
        <source>; loss of the sequence %1</source>
        <translation>; pérdida de la secuencia %1</translation>
    </message>
    <message>
        <source>%1 at t = %2: |h_t| = %3, h_t = %4</source>
        <translation>%1 en t = %2: |h_t| = %3, h_t = %4</translation>
    </message>
    <message>
        <source>; gates (mean over units) %1</source>
        <translation>; puertas (media sobre las unidades) %1</translation>
    </message>
    <message>
        <source>; |dL/dh_t| = %1</source>
        <translation>; |dL/dh_t| = %1</translation>
    </message>
    <message>
        <source>No sequence yet: press Play or Step.</source>
        <translation>Aún no hay ninguna secuencia: pulse Iniciar o Paso.</translation>
    </message>
    <message>
        <source>input x_t</source>
        <translation>entrada x_t</translation>
    </message>
    <message>
        <source>%1
h_t</source>
        <translation>%1
h_t</translation>
    </message>
    <message>
        <source>output y_t</source>
        <translation>salida y_t</translation>
    </message>
    <message>
        <source>output y</source>
        <translation>salida y</translation>
    </message>
    <message>
        <source>… %1 earlier steps</source>
        <translation>… %1 pasos anteriores</translation>
    </message>
    <message>
        <source>Hover a box: the input, the hidden state h_t and its gates, or the output at that step. Box colour: the mean of h_t; bar: |h_t|.</source>
        <translation>Pase el ratón sobre un recuadro: la entrada, el estado oculto h_t y sus puertas, o la salida en ese paso. Color del recuadro: la media de h_t; barra: |h_t|.</translation>
    </message>
</context>
<context>
    <name>nnlab::VerdictList</name>
    <message>
        <source>What the gradient health says about this run, with the evidence and what to do about it.</source>
        <translation>Lo que dice la salud del gradiente sobre esta ejecución, con la evidencia y qué hacer al respecto.</translation>
    </message>
    <message>
        <source>Lower the learning rate to %1</source>
        <translation>Bajar la tasa de aprendizaje a %1</translation>
    </message>
    <message>
        <source>Raise the learning rate to %1</source>
        <translation>Subir la tasa de aprendizaje a %1</translation>
    </message>
    <message>
        <source>No problem found in the gradients so far.</source>
        <translation>Por ahora no se ha encontrado ningún problema en los gradientes.</translation>
    </message>
    <message>
        <source>Layers: %1
Curriculum: %2</source>
        <translation>Capas: %1
Temario: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Where the course notes say otherwise, the lab follows the textbook (GBC).</source>
        <translation>Donde los apuntes del curso dicen otra cosa, el laboratorio sigue el libro de texto (GBC).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>el gradiente</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>la pérdida</translation>
    </message>
    <message>
        <source>The gradient of %1 is %2 times that of %3 (%4 vs %5).</source>
        <translation>El gradiente de %1 es %2 veces el de %3 (%4 frente a %5).</translation>
    </message>
    <message>
        <source>The gradient of %1 is %2 times that of %3.</source>
        <translation>El gradiente de %1 es %2 veces el de %3.</translation>
    </message>
    <message>
        <source>The bias gradient of %1 is small too: %2.</source>
        <translation>El gradiente de los sesgos de %1 también es pequeño: %2.</translation>
    </message>
    <message>
        <source>The weights of %1 change by %2 of their size per step (healthy: about 0.001).</source>
        <translation>Los pesos de %1 cambian %2 de su tamaño por paso (saludable: alrededor de 0,001).</translation>
    </message>
    <message>
        <source>The training loss fell by %1 over the last half of the epochs.</source>
        <translation>La pérdida de entrenamiento bajó un %1 en la última mitad de las épocas.</translation>
    </message>
    <message>
        <source>At step %1 the %2 of %3 became NaN or infinite; training stopped with the weights from before that step.</source>
        <translation>En el paso %1, %2 de %3 dio NaN o infinito; el entrenamiento se detuvo con los pesos de antes de ese paso.</translation>
    </message>
    <message>
        <source>At step %1 the %2 of %3 in %4 became NaN or infinite; training stopped with the weights from before that step.</source>
        <translation>En el paso %1, %2 de %3 en %4 dio NaN o infinito; el entrenamiento se detuvo con los pesos de antes de ese paso.</translation>
    </message>
    <message>
        <source>The gradient norm grew %1-fold (%2 to %3).</source>
        <translation>La norma del gradiente creció %1 veces (de %2 a %3).</translation>
    </message>
    <message>
        <source>At step %1 the gradient norm reached %2, %3 times its value at the first step.</source>
        <translation>En el paso %1 la norma del gradiente llegó a %2, %3 veces su valor en el primer paso.</translation>
    </message>
    <message>
        <source>The weights of %1 grew %2-fold (norm %3 to %4).</source>
        <translation>Los pesos de %1 crecieron %2 veces (norma de %3 a %4).</translation>
    </message>
    <message>
        <source>%1 of the units of %2 output 0 on every input (z ≤ 0 for 100 samples in a row or more): they get no gradient.</source>
        <translation>El %1 de las unidades de %2 dan 0 para cualquier entrada (z ≤ 0 en 100 muestras seguidas o más): no reciben gradiente.</translation>
    </message>
    <message>
        <source>%1 of the outputs of %2 are saturated (slope below 18 % of its peak; |z| &gt; 3 for sigmoid).</source>
        <translation>El %1 de las salidas de %2 están saturadas (pendiente por debajo del 18 % de su máximo; |z| &gt; 3 para la sigmoide).</translation>
    </message>
    <message>
        <source>The training loss is still %1 of its value before training (%2 of %3).</source>
        <translation>La pérdida de entrenamiento sigue en el %1 de su valor antes del entrenamiento (%2 de %3).</translation>
    </message>
    <message>
        <source>The %1 units of %2 have identical weights and biases (largest difference %3): they get the same gradient and stay identical.</source>
        <translation>Las %1 unidades de %2 tienen pesos y sesgos idénticos (diferencia máxima %3): reciben el mismo gradiente y siguen idénticas.</translation>
    </message>
    <message>
        <source>The training loss is %1 (ln 2 = 0.693 is a coin toss).</source>
        <translation>La pérdida de entrenamiento es %1 (ln 2 = 0,693 equivale a lanzar una moneda).</translation>
    </message>
    <message>
        <source>The training loss rose to %1 from a lowest %2.</source>
        <translation>La pérdida de entrenamiento subió a %1 desde un mínimo de %2.</translation>
    </message>
    <message>
        <source>%1 of the last %2 epochs raised the training loss; it moves by %3 of the first epoch&apos;s loss per epoch.</source>
        <translation>%1 de las últimas %2 épocas subieron la pérdida de entrenamiento; varía un %3 de la pérdida de la primera época por época.</translation>
    </message>
    <message>
        <source>No layer&apos;s weights change by more than %1 of their size per step (healthy: about 0.001).</source>
        <translation>En ninguna capa los pesos cambian más de %1 de su tamaño por paso (saludable: alrededor de 0,001).</translation>
    </message>
    <message>
        <source>The training loss fell steadily but only by %1 of its start in %2 epochs.</source>
        <translation>La pérdida de entrenamiento bajó de forma constante, pero solo un %1 de su valor inicial en %2 épocas.</translation>
    </message>
    <message>
        <source>Over the last %1 recorded steps (%2 to %3), the median gradient of %4 is %5 times that of %6 (%7 vs %8).</source>
        <translation>En los últimos %1 pasos registrados (%2 a %3), la mediana del gradiente de %4 es %5 veces la de %6 (%7 frente a %8).</translation>
    </message>
    <message>
        <source>The training loss rose by %1 over the last half of the epochs.</source>
        <translation>La pérdida de entrenamiento subió un %1 en la última mitad de las épocas.</translation>
    </message>
    <message>
        <source>The training loss sits at %1 for the last %2 epochs, %3 times the %4 of an output that knows nothing: the outputs are stuck at wrong answers.</source>
        <translation>La pérdida de entrenamiento se queda en %1 durante las últimas %2 épocas, %3 veces el valor %4 de una salida que no sabe nada: las salidas están atascadas en respuestas erróneas.</translation>
    </message>
    <message>
        <source>No problem found in the gradients so far. The %1 dead units on the canvas are fewer than half of each layer: harmless while the other units carry the signal.</source>
        <translation>Por ahora no se ha encontrado ningún problema en los gradientes. Las %1 unidades muertas de la red son menos de la mitad de cada capa: no hacen daño mientras las demás unidades llevan la señal.</translation>
    </message>
    <message>
        <source>Try this: %1. Edit &gt; Undo takes it back.</source>
        <translation>Probar esto: %1. Editar &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Set the learning rate to %1</source>
        <translation>Poner la tasa de aprendizaje a %1</translation>
    </message>
    <message>
        <source>Clip the gradient norm at %1</source>
        <translation>Recortar la norma del gradiente a %1</translation>
    </message>
    <message>
        <source>Clip each gradient at ±%1</source>
        <translation>Recortar cada gradiente a ±%1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Poner %1 a %2</translation>
    </message>
    <message>
        <source>Switch the optimizer to %1</source>
        <translation>Cambiar el optimizador a %1</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>la capa de salida</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>la capa oculta %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>la capa %1</translation>
    </message>
    <message>
        <source>the %1 hidden layers</source>
        <translation>las %1 capas ocultas</translation>
    </message>
    <message>
        <source>%1 hidden layers</source>
        <translation>%1 capas ocultas</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 capas</translation>
    </message>
    <message>
        <source>Switch %1 to %2</source>
        <translation>Cambiar la activación de %1 a %2</translation>
    </message>
    <message>
        <source>Switch %1 to %2 with %3 initialisation</source>
        <translation>Cambiar la activación de %1 a %2 con inicialización %3</translation>
    </message>
    <message>
        <source>Initialise the weights of %1 with %2</source>
        <translation>Inicializar los pesos de %1 con %2</translation>
    </message>
    <message>
        <source>Initialise the biases of %1 with %2</source>
        <translation>Inicializar los sesgos de %1 con %2</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>Poner %1 de %2 a %3</translation>
    </message>
    <message>
        <source>Halve the generator&apos;s learning rate to %1</source>
        <translation>Reducir a la mitad la tasa de aprendizaje del generador, a %1</translation>
    </message>
    <message>
        <source>Halve the discriminator&apos;s learning rate to %1</source>
        <translation>Reducir a la mitad la tasa de aprendizaje del discriminador, a %1</translation>
    </message>
    <message>
        <source>Halve both learning rates (%1 for the discriminator, %2 for the generator)</source>
        <translation>Reducir a la mitad ambas tasas de aprendizaje (%1 para el discriminador, %2 para el generador)</translation>
    </message>
    <message>
        <source>Train the discriminator %1 times per iteration: it punishes a crowded mode sooner</source>
        <translation>Entrenar el discriminador %1 veces por iteración: castiga antes un modo abarrotado</translation>
    </message>
    <message>
        <source>Train the generator %1 times per iteration: it gets more moves against the discriminator</source>
        <translation>Entrenar el generador %1 veces por iteración: tiene más jugadas contra el discriminador</translation>
    </message>
    <message>
        <source>Switch the loss to non-saturating</source>
        <translation>Cambiar la pérdida a no saturante</translation>
    </message>
    <message>
        <source>Label the real samples %1</source>
        <translation>Etiquetar las muestras reales con %1</translation>
    </message>
    <message>
        <source>Set the generator&apos;s learning rate to %1</source>
        <translation>Poner la tasa de aprendizaje del generador a %1</translation>
    </message>
    <message>
        <source>Set the discriminator&apos;s learning rate to %1</source>
        <translation>Poner la tasa de aprendizaje del discriminador a %1</translation>
    </message>
    <message>
        <source>Set the learning rates to %1 (discriminator) and %2 (generator)</source>
        <translation>Poner las tasas de aprendizaje a %1 (discriminador) y %2 (generador)</translation>
    </message>
    <message>
        <source>Train the discriminator %1 times per iteration</source>
        <translation>Entrenar el discriminador %1 veces por iteración</translation>
    </message>
    <message>
        <source>Train the generator %1 times per iteration</source>
        <translation>Entrenar el generador %1 veces por iteración</translation>
    </message>
    <message>
        <source>The generated samples reach %1 of the %2 real modes (for %3 epochs in a row).</source>
        <translation>Las muestras generadas alcanzan %1 de los %2 modos reales (durante %3 épocas seguidas).</translation>
    </message>
    <message>
        <source>Generated samples per mode: %1 (real samples: %2).</source>
        <translation>Muestras generadas por modo: %1 (muestras reales: %2).</translation>
    </message>
    <message>
        <source>Over the last %1 epochs D(real) − D(fake) changed direction %2 times, spreading by %3 around its trend.</source>
        <translation>En las últimas %1 épocas, D(real) − D(fake) cambió de dirección %2 veces, con una dispersión de %3 en torno a su tendencia.</translation>
    </message>
    <message>
        <source>The discriminator gives generated samples D(fake) = %1 and real ones D(real) = %2; D(fake) fell under %3 in epoch %4.</source>
        <translation>El discriminador da a las muestras generadas D(fake) = %1 y a las reales D(real) = %2; D(fake) cayó por debajo de %3 en la época %4.</translation>
    </message>
    <message>
        <source>Under the minimax loss the generator&apos;s gradient per logit is D(fake) = %1: it vanishes as the discriminator wins. The non-saturating loss would give 1 − D(fake) = %2.</source>
        <translation>Con la pérdida minimax, el gradiente del generador por logit es D(fake) = %1: se desvanece a medida que gana el discriminador. La pérdida no saturante daría 1 − D(fake) = %2.</translation>
    </message>
    <message>
        <source>Over the last %1 recorded steps, the median gradient reaching the hidden state of %2 at the first time step is %3 times that at the last of its %4 steps (%5 vs %6).</source>
        <translation>En los últimos %1 pasos registrados, la mediana del gradiente que llega al estado oculto de %2 en el primer paso de tiempo es %3 veces la del último de sus %4 pasos (%5 frente a %6).</translation>
    </message>
    <message>
        <source>The training loss is still %1 of its value after the first epoch (%2 of %3).</source>
        <translation>La pérdida de entrenamiento sigue siendo %1 de su valor tras la primera época (%2 de %3).</translation>
    </message>
</context>
<context>
    <name>nnlab::WindowExporter</name>
    <message>
        <source>The network</source>
        <translation>La red</translation>
    </message>
    <message>
        <source>Loss and metric over the epochs</source>
        <translation>Pérdida y métrica a lo largo de las épocas</translation>
    </message>
    <message>
        <source>The network&apos;s output over the input plane, with the data</source>
        <translation>La salida de la red sobre el plano de entrada, con los datos</translation>
    </message>
    <message>
        <source>Gradient norm of each layer&apos;s weights over the steps</source>
        <translation>Norma del gradiente de los pesos de cada capa a lo largo de los pasos</translation>
    </message>
    <message>
        <source>Share of saturated and dead units per layer</source>
        <translation>Proporción de unidades saturadas y muertas por capa</translation>
    </message>
    <message>
        <source>Histogram of the chosen layer&apos;s weights, activations or gradients</source>
        <translation>Histograma de los pesos, activaciones o gradientes de la capa elegida</translation>
    </message>
    <message>
        <source>The chosen layer&apos;s histogram over the steps</source>
        <translation>El histograma de la capa elegida a lo largo de los pasos</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>There is no trained network to export yet.</source>
        <translation>Todavía no hay ninguna red entrenada para exportar.</translation>
    </message>
    <message>
        <source>The generator&apos;s images of a fixed noise batch, real images and a latent interpolation</source>
        <translation>Las imágenes del generador a partir de un lote fijo de ruido, imágenes reales y una interpolación latente</translation>
    </message>
</context>
</TS>
