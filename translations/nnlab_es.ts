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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = 1 if x ≥ θ, else 0&lt;br&gt;f′(x) = 0 everywhere except at θ, where it is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;), range (0, 1)&lt;br&gt;σ′(x) = σ(x) (1 − σ(x)), at most 0.25 (at x = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = clamp(x/6 + 1/2, 0, 1)&lt;br&gt;f′(x) = 1/6 on [−3, 3], else 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) = 2σ(2x) − 1, range (−1, 1)&lt;br&gt;tanh′(x) = 1 − tanh²(x), at most 1 (at x = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = max(0, x)&lt;br&gt;f′(x) = 1 for x &amp;gt; 0, else 0 (the engine takes f′(0) = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = x for x &amp;gt; 0, else a·x (slope a)&lt;br&gt;f′(x) = 1 for x &amp;gt; 0, else a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = x for x &amp;gt; 0, else α (e&lt;sup&gt;x&lt;/sup&gt; − 1)&lt;br&gt;f′(x) = 1 for x &amp;gt; 0, else f(x) + α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = λx for x &amp;gt; 0, else λα (e&lt;sup&gt;x&lt;/sup&gt; − 1), with the fixed constants λ ≈ 1.0507, α ≈ 1.6733&lt;br&gt;f′(x) = λ for x &amp;gt; 0, else f(x) + λα</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = x Φ(x), Φ the standard normal CDF&lt;br&gt;f′(x) = Φ(x) + x φ(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = ½ x (1 + tanh(√(2/π) (x + 0.044715 x³)))&lt;br&gt;a close approximation of x Φ(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = x σ(x)&lt;br&gt;f′(x) = σ(x) + x σ(x) (1 − σ(x))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = x tanh(softplus(x)) = x tanh(ln(1 + e&lt;sup&gt;x&lt;/sup&gt;))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = ln(1 + e&lt;sup&gt;x&lt;/sup&gt;)&lt;br&gt;f′(x) = σ(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = x / (1 + |x|)&lt;br&gt;f′(x) = 1 / (1 + |x|)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax(z)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;, computed on z − max z&lt;br&gt;Plotted: the first output for z = (x, 0), which equals σ(x); ∂s&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = s&lt;sub&gt;i&lt;/sub&gt; (δ&lt;sub&gt;ij&lt;/sub&gt; − s&lt;sub&gt;j&lt;/sub&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU at x = −4, −3, …, 4 gives %1; the notes print [0,0,0,0,0,1,2,3,4] ✓.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes say ReLU&apos;s “derivative is 0 to 1”. It takes only the two values 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ([−0.5, 1.2, −0.1, 2.4]) = %1, sum %2 ≈ 2.54 ✓.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes write “0.38 + 0.77 + 0.48 + 0.92 = 2.54”; those rounded values add to 2.55. Sum the unrounded values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax([2.0, 1.0, 0.1]) = %1 ✓; softmax([1, 2, 3]) = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax([−0.5, 1.2, −0.1, 2.4]) = %1, sum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes write “0.04 + 0.21 + 0.06 + 0.7 = 1.00”; those rounded values add to 1.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes head tanh&apos;s derivative range “Sigmoid function derivative range 0 to 1”. It is tanh′, in (0, 1]; σ′ lies in (0, 0.25]. Tanh is a scaled and shifted sigmoid, 2σ(2x) − 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU does not “automatically adjust its parameters”: λ and α are fixed. Self-normalisation comes from them plus LeCun-normal initialisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes&apos; and the engine&apos;s slope is 0.01 (Keras&apos; LeakyReLU layer defaults to 0.3).</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>Activation functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution and pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity and overfitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked example (%1):</source>
        <translation type="unfinished"></translation>
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
        <source>padding (zeros, counted in the average)</source>
        <translation>relleno (ceros, contados en la media)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;BCE&lt;/b&gt; = −[y log p + (1 − y) log(1 − p)], p the predicted probability of class 1&lt;br&gt;∂/∂p = (p − y) / (p (1 − p)); through a sigmoid output p = σ(z) this becomes ∂/∂z = p − y.&lt;br&gt;Reduction: mean over all elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hinge&lt;/b&gt; = max(0, 1 − y·s), label y = ±1, score s&lt;br&gt;∂/∂s = −y where y·s &amp;lt; 1, else 0: points beyond the margin give no gradient.&lt;br&gt;Reduction: mean over all elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber with δ = 1: r = 0.5 gives ½·0.5² = %1; r = 2 gives 1·(2 − ½) = %2 ✓.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes write MAE as ½|y − ŷ| (004-17); MAE has no ½. They also give the cost once as a sum and once as a mean (004-15): the engine&apos;s reduction is the mean. “Hubber” is Huber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = [1, 0], p = [0.9, 0.2]: BCE = −(log 0.9 + log 0.8) / 2 = %1 ✓. A logit z = 2 with y = 1: p = σ(2), BCE = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes write cross-entropy as H = Σ p log q, without the minus sign: it is H(p, q) = −Σ p log q. It is not “the difference between two distributions”; that is the KL divergence H(p, q) − H(p).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Example:&lt;/b&gt; y = +1, s = 0.3: max(0, 1 − 0.3) = %1 with gradient %2; s = 1.5: loss %3, gradient %4 (beyond the margin).</source>
        <translation type="unfinished"></translation>
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
    <name>QObject</name>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Vanishing gradients: the early layers hardly learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploding gradients: the updates blow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead ReLUs: units that output 0 for every input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated units: sigmoid/tanh outputs stuck near their limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric units: every unit of a layer computes the same thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate too high: the loss jumps or diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate too low: the loss falls, but very slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ReLU in the hidden layers with He initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialise each layer for its activation (Glorot for sigmoid/tanh, He for ReLU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialise with Glorot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialise ReLU layers with He and zero biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialise the weights at random to break the symmetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use leaky ReLU: its gradient is never 0, so units can recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip the gradient norm to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add batch normalisation between the hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use fewer layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise the inputs and add batch normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay the learning rate over the epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Adam</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnlab::ActivationExplorer</name>
    <message>
        <source>An activation f turns a unit&apos;s weighted sum into its output. Backpropagation multiplies the error by f′, so where f′ is near 0 (shaded) almost no gradient reaches the weights below. Compare two activations side by side; hover over a plot to read both at the same x.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnlab::ActivationPanel</name>
    <message>
        <source>The activation to plot: every entry of the engine&apos;s activation table, computed by the same code that trains the networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished">valor</translation>
    </message>
    <message>
        <source>Move the mouse over the plot to read f(x) and f′(x) at that x on both plots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|f′(x)| &lt; 0.05: saturated, little gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s f(x) and f′(x) at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula of the chosen activation and of its derivative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1” of the activation (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gradient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = %1:&amp;nbsp; f(x) = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>,&amp;nbsp; f′(x) = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>,&amp;nbsp; no gradient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnlab::BatchRacePanel</name>
    <message>
        <source>The learning rate all three runners share; a change restarts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per update of the mini-batch runner (batch GD uses all, SGD one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay lr/(1 + epoch) for B &lt; N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink the noisy runners&apos; rate after every epoch, which SGD needs to settle; batch GD&apos;s exact gradient needs no decay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot the loss against updates, or against epochs (passes over the data), which is fairer on cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every runner makes one update from its next mini-batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the updates continuously; click again to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every runner back on the start point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new noisy data set from the same line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates made so far by every runner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished">Pérdida</translation>
    </message>
    <message>
        <source>The mean squared error of the line y = w x + b over (w, b); click to move the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data and each runner&apos;s current line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss on the whole data set after each update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E − E*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates per epoch and the mean angle between each runner&apos;s gradient and the exact one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E(w, b) = &lt;sup&gt;1&lt;/sup&gt;&amp;frasl;&lt;sub&gt;N&lt;/sub&gt; &amp;sum;&lt;sub&gt;i&lt;/sub&gt; (w&amp;thinsp;x&lt;sub&gt;i&lt;/sub&gt; + b &amp;minus; y&lt;sub&gt;i&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;. All three take the engine&apos;s SGD step w &amp;larr; w &amp;minus; &amp;eta;&amp;thinsp;g. &lt;b&gt;Batch GD&lt;/b&gt; uses the exact gradient of the training loss (one update per epoch); &lt;b&gt;mini-batch&lt;/b&gt; and &lt;b&gt;stochastic&lt;/b&gt; GD use estimates from B samples: noisier, but N/B updates per epoch. With a constant rate SGD keeps jittering around the minimum ★; tick &lt;i&gt;Decay&lt;/i&gt; to let it settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes list Ǌpproximate gradients” as a drawback of batch GD; batch GD uses the exact gradient, the estimates belong to SGD and mini-batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch GD (B = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stochastic GD (B = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch GD (B = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 update per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updates per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; %2: %3, mean angle to the exact gradient %4&amp;deg;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished">época</translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnlab::CapacityExplorer</name>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The true function the noisy points are drawn around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training points; more data lets a flexible model overfit less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to every y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw new training and validation points from the same function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polynomial degree: the model&apos;s capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 strength λ₂ (log scale; far left is off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 strength λ₁ (log scale; far left is off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 λ₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 λ₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current fit&apos;s errors and how many coefficients L1 set to exactly zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model y&amp;#770; = c&lt;sub&gt;0&lt;/sub&gt; + c&lt;sub&gt;1&lt;/sub&gt;x + &amp;hellip; + c&lt;sub&gt;d&lt;/sub&gt;x&lt;sup&gt;d&lt;/sup&gt; on x &amp;isin; [&amp;minus;1, 1], fitted by minimising J = MSE + &amp;lambda;&lt;sub&gt;2&lt;/sub&gt;&amp;sum;c&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; + &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;&amp;sum;|c&lt;sub&gt;k&lt;/sub&gt;| over k &amp;ge; 1 (the engine&apos;s convention: no &amp;frac12;, no 1/n; the intercept c&lt;sub&gt;0&lt;/sub&gt; is not penalised). Low degree underfits, high degree overfits: training error keeps falling while validation error turns up. &lt;b&gt;L2&lt;/b&gt; (closed form) shrinks every coefficient smoothly. &lt;b&gt;L1&lt;/b&gt; is solved by coordinate descent (finished by an exact solve on its support) whose soft-threshold step c&lt;sub&gt;k&lt;/sub&gt; &amp;larr; S(z, &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;/2) / (G&lt;sub&gt;kk&lt;/sub&gt; + &amp;lambda;&lt;sub&gt;2&lt;/sub&gt;) returns exactly 0 whenever |z| &amp;le; &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;/2, so unneeded powers drop out (&amp;times; marks); a plain gradient step on &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;|c| would only jitter around 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data, the true function and the fitted polynomial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and validation error of every degree under the current penalties; the shading is the gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degree (capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fitted coefficients c₀ .. c_d; × marks those that are exactly zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k (coefficient of xᵏ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree %1: training MSE &lt;b&gt;%2&lt;/b&gt;, validation MSE &lt;b&gt;%3&lt;/b&gt;; best validation at degree %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1: %1 of %2 penalised coefficients are exactly 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Coordinate descent stopped before full convergence.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit, degree %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnlab::ConvGridView</name>
    <message>
        <source>input %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, padding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished">media</translation>
    </message>
    <message>
        <source>output %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnlab::ConvolutionExplorer</name>
    <message>
        <source>WE-25: 7×7, stride 2 (the notes print 3 wrong values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WE-25 at stride 1: the full 5×5 map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WE-17: sharpen kernel, first output −45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WE-20 / WE-22: 5×5 input, 2×2 filter → 4×4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling [[1,3],[2,4]]: max 4, average 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling size: 4×4, f = 2, s = 2 (notes&apos; formula error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WE-26: transposed, 3×3 → 5×5 with stride 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WE-27: dilation 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worked examples of the course notes (Unit II), recomputed by the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation type="unfinished">Average pooling global</translation>
    </message>
    <message>
        <source>The operation swept over the grid: each is the engine&apos;s layer of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size I: the grid is I×I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel (or pooling window) size K: K×K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride S: how far the window moves between outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding P: rings of zeros around the input (for max pooling they count as −∞; for the transposed convolution P crops the output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation D: the kernel&apos;s taps are D pixels apart, so it spans D(K − 1) + 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output padding: extra rows and columns at the bottom and right of a transposed convolution&apos;s output (smaller than the stride).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box blur (K×K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WE-25 kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WE-20 filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s numbers. Identity, blur and sharpen sum to 1 and keep a flat picture as it is; edge sums to 0 and turns it black (WE-16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlighted window is multiplied by the kernel, cell by cell, and summed into the highlighted output (pooling takes the maximum or the mean instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep the kernel over the input, one output per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output being computed: drag to step through the sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current output written out: the products of the window and the kernel and their sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output size with the numbers chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture drawn by the program: a disc, a square, stripes and a cross.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same operation applied to the picture by the engine&apos;s layer. Grey levels: 0 black, 1 white (edge kernels: the magnitude).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7×7 input, kernel [[3,4,4],[1,0,2],[−1,0,3]], stride 2, no padding: (7 − 3 + 0)/2 + 1 = 3, and the engine gives &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes print [[91,110,83],[69,91,127],[44,72,74]]: 110, 83 and 127 are wrong; they are %1, %2 and %3. The notes&apos; size formula (n − f + 2p)/(s + 1) gives 1.33 here; it is (n − f + 2p)/s + 1 = 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes&apos; grid shows “3 ⁻²” in row 7, column 5: kernel superscripts printed over the cell, which holds 2 (the value that gives the notes&apos; own bottom row 44, 72, 74).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at stride 1 the same kernel gives the full 5×5 map %1; stride 2 keeps its rows and columns 0, 2 and 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sharpen kernel on the top-left patch [[45,12,5],[22,10,35],[88,26,51]]: 45·0 + 12·(−1) + 5·0 + 22·(−1) + 10·5 + 35·(−1) + 88·0 + 26·(−1) + 51·0 = &lt;b&gt;%1&lt;/b&gt; ✓. The rest of the notes&apos; 4×4 input is in a missing figure; a 4×4 input gives 2×2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes say the kernel is applied “by simple matrix multiplication”. It is an elementwise product and a sum (a dot product), not a matrix product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5×5 input, 2×2 filter, stride 1, no padding: O = (5 − 2 + 0)/1 + 1 = 4. The first element is 1×0 + 2×1 + 2×1 + 1×2 = &lt;b&gt;%1&lt;/b&gt; ✓. Only the input&apos;s top-left 2×2 and the filter are known (the figure is missing); the other input numbers here are made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[[1,3],[2,4]] with a 2×2 window: max pooling gives &lt;b&gt;%1&lt;/b&gt;, average pooling (1 + 3 + 2 + 4)/4 = &lt;b&gt;%2&lt;/b&gt; ✓.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4×4 map, f = 2, s = 2: ⌊(4 − 2)/2⌋ + 1 = &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes print the pooling output size as (n&lt;sub&gt;h&lt;/sub&gt; − f + 1)/s, which gives 1.5 here and 15.5 for their own 32×32 example, where they claim 16. The size is ⌊(n&lt;sub&gt;h&lt;/sub&gt; − f)/s⌋ + 1. The notes also say max pooling takes the maximum “from each feature map”: it is from each window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transposed convolution, 3×3 input, k = 3, s = 2, p = 1: o = (3 − 1)·2 − 2·1 + 3 = &lt;b&gt;%1&lt;/b&gt; ✓. Stride 2 puts one zero between input pixels (3×3 becomes 5×5) before the kernel is applied; each input pixel stamps its value times the kernel (here the identity kernel, so the output shows the inserted zeros).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dilation l = 2: the kernel skips l − 1 = 1 pixel between taps, spans k + (k − 1)(l − 1) = 5 and turns 7×7 into &lt;b&gt;%1×%1&lt;/b&gt;; it still has 9 weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes print the sum condition as s + l = p; it is s + l·t = p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; O = ⌊(I + 2P − K) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3) / %4⌋ + 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; O = ⌊(I + 2P − D(K − 1) − 1) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3·%4 − 1) / %5⌋ + 1 (the dilated kernel spans D(K − 1) + 1 = %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the numerator is %1 &amp;lt; 0, the window does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = ⌊%1 / %2⌋ + 1 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the division leaves %1: the last %1 row(s) and column(s) of the padded input are never covered (floor drops them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Max pooling treats the padding as −∞.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Average pooling counts the padded zeros in the divisor K² = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; O = (I − 1)·S − 2P + D(K − 1) + output_padding + 1 = (%1 − 1)·%2 − 2·%3 + %4·%5 + %6 + 1 = &lt;b&gt;%7&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; 1: each channel&apos;s %1×%1 map becomes its mean (h×w×n → 1×1×n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y[%1,%2] = %3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y[%1,%2] = max(%3) = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y[%1,%2] = (%3) / %4 = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = (sum of the %1 values) / %1 = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x[%1,%2] = %3 adds %3 × kernel to the output window starting at row %4, column %5 (cropped by the padding); each output is the sum of the stamps that reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global pooling leaves one number per channel: %1 for this picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture %1×%1 → %2×%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (magnitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scaled)</source>
        <translation type="unfinished"></translation>
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
        <source>Show only the predicted class (or the sign), without the confidence shading.</source>
        <translation>Mostrar solo la clase predicha (o el signo), sin el sombreado de confianza.</translation>
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
</context>
<context>
    <name>nnlab::DistributionExplorer</name>
    <message>
        <source>Bernoulli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binomial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poisson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution to sample from and to draw exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples the histogram counts. More samples: the histogram settles on the exact curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed draws the same samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New samples with the next seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by NumPy&apos;s scale β = 1/λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy&apos;s exponential(3) takes the scale β = 3 (mean 3), not the rate λ = 1/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the notes&apos; formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay the notes&apos; density (π·σ)·exp(−z²/2) on the right axis: the same shape, but its area is far from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability / density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: the samples (relative frequency, or density for continuous variables). Line or dots: the exact pmf / pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes&apos; formula (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample statistics next to the exact ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>φ = P(x = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability of a 1 (a head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p per trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of independent Bernoulli trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The success probability of each trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ (expected count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected number of events in the interval: the rate times the interval&apos;s length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower end of the interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper end of the interval (above a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>μ (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ (standard deviation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre of the bell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width of the bell: the standard deviation, not the variance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale β = 1/λ (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy&apos;s parameter: the mean waiting time β.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per unit time; the mean waiting time is 1/λ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact pmf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes&apos; formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b must be above a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples: mean &lt;b&gt;%2&lt;/b&gt; (exact %3), variance &lt;b&gt;%4&lt;/b&gt; (exact %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Σ P(x) = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Area under the pdf = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Area under the notes&apos; curve = &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(x = 1) = φ, P(x = 0) = 1 − φ, i.e. P(x) = φ&lt;sup&gt;x&lt;/sup&gt; (1 − φ)&lt;sup&gt;1−x&lt;/sup&gt;; E[x] = φ, Var[x] = φ(1 − φ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(r; n, p) = C(n, r) p&lt;sup&gt;r&lt;/sup&gt; (1 − p)&lt;sup&gt;n−r&lt;/sup&gt;: r successes in n independent trials; mean np, variance np(1 − p).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(k; λ) = λ&lt;sup&gt;k&lt;/sup&gt; e&lt;sup&gt;−λ&lt;/sup&gt; / k!: the count of events when λ are expected; mean = variance = λ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u(x; a, b) = 1/(b − a) for a ≤ x ≤ b, else 0; mean (a + b)/2, variance (b − a)²/12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N(x; μ, σ²) = exp(−(x − μ)² / (2σ²)) / (σ √(2π)); mean μ, variance σ². Its peak is 1/(σ√(2π)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p(x; λ) = λ e&lt;sup&gt;−λx&lt;/sup&gt; for x ≥ 0: waiting times between events of a Poisson process; mean 1/λ = β, variance 1/λ².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bernoulli(0.6) at x = [0, 1] gives [%1, %2] ✓; mean 0.6, variance %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = 0.4: P(2; 5) = %1 and P(2; 6) = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the story tosses a biased coin “six” times, the code uses n = 5. Set n to 5 or 6 to see both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ = 5: P(5; 5) = 5⁵ e⁻⁵ / 5! = %1; 100 samples have a mean near 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes call λ the “known number of occurrences”. It is the expected count (the rate times the interval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy&apos;s uniform() is U[0, 1): its histogram sits flat at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes call 1/(b − a) a probability. It is a density: with b − a = 0.5 it is 2, while the area stays 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with σ = np.std(linspace(1, 50, 100)) = 14.2872 the peak is 1/(σ√(2π)) = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes&apos; code computes (π·sd)·exp(−½((x − mean)/sd)²): peak π·sd = 44.885 and an area of about 1607, not 1. The prefactor must be 1/(sd·√(2π)). “The mean is 0” holds only for the standard normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.random.exponential(3, 1000) takes the scale β = 3: mean 3, rate λ = 1/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes do not say that NumPy&apos;s first argument is the scale, not the rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnlab::GradientHealthPanel</name>
    <message>
        <source>Gradient norm of the first layer divided by that of the last layer. Far below 1: vanishing gradients; far above 1: exploding gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norm of each layer&apos;s weight gradient at every recorded step, on a log axis. Early layers in blue, late layers in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|dL/dW|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per layer: the share of saturated outputs (sigmoid/tanh with a slope below 18 % of its peak, |z| &gt; 3 for sigmoid) and of dead units (0 on 100 samples in a row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer whose histogram is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients (log10 |g|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which values of the layer the histogram counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen layer&apos;s histogram at the latest recorded step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen layer&apos;s histogram over time: one column per recorded step, darker = fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient health: start training with recording on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log10 |g|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Gradient norm, first layer / last layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnlab::InitializationView</name>
    <message>
        <source>The activation of every layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naive N(0, 0.05²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initializer whose activation histograms the heat map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std of activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of each layer&apos;s outputs at initialisation, for a batch of standard-normal inputs. Flat: the signal keeps its scale through the depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std of gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the gradient flowing back into each layer, for a standard-normal gradient at the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naive N(0, 0.05²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glorot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation histogram of every layer (one column per layer) for the chosen initializer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms for</source>
        <translation type="unfinished"></translation>
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
        <source>The output layer must be dense or maxout: it produces the values the loss compares.</source>
        <translation>La capa de salida debe ser densa o maxout: produce los valores que compara la pérdida.</translation>
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
</context>
<context>
    <name>nnlab::LearningRateExplorer</name>
    <message>
        <source>no progress: w never moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monotone: converges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lands on w* in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overshoots, alternates: converges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounces between two points forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overshoots more each step: diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E(w) = (x&amp;thinsp;w &amp;minus; y)&lt;sup&gt;2&lt;/sup&gt;, &amp;nbsp; dE/dw = 2x(x&amp;thinsp;w &amp;minus; y), &amp;nbsp; one SGD step: w &amp;minus; w* &amp;larr; (1 &amp;minus; 2&amp;alpha;x&lt;sup&gt;2&lt;/sup&gt;)(w &amp;minus; w*), &amp;nbsp; w* = y/x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-weight problem every column solves, and what one gradient step does to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input x: the curvature 2x² sets which rates are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target y; the best weight is w* = y/x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight every run starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many SGD steps each run takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step factor 1 − 2αx² against α: |factor| &lt; 1 converges, |factor| &gt; 1 diverges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate α of this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step factor for this α and what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path w₀, w₁, ... on the parabola E(w).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss E(wₖ) per step, on a log scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For x = %1 the rate must stay below 1/x² = %2 to converge and below 1/(2x²) = %3 not to overshoot. With x = 3: α = 0.1 gives factor ℠.8 (converges), α = 0.12 gives ℡.16 (diverges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes say a too-large learning rate makes the model ǌonverge”; it overshoots the minimum and, past 1/x², diverges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too small: converges slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor 1 &amp;minus; 2&amp;alpha;x&lt;sup&gt;2&lt;/sup&gt; = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monotone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oscillating, converging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnlab::LossExplorer</name>
    <message>
        <source>Regression: MSE, MAE, Huber, log-cosh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy (probability p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinge (score s, label ±1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which losses to compare. Each is computed by the engine&apos;s loss table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target the prediction is compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber&apos;s δ: quadratic for |r| ≤ δ, linear beyond, so a large error&apos;s gradient is capped at δ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one outlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds one badly wrong point to nine good ones and shows the mean loss with and without it, and the outlier&apos;s share of the gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished">pérdida</translation>
    </message>
    <message>
        <source>The loss of one element against the prediction, for the chosen target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient ∂L/∂ŷ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient the loss sends back into the network, against the prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean loss,
9 good points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean loss,
with the outlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlier&apos;s share
of Σ|gradient|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one outlier does: MSE&apos;s gradient lets it dominate the update; MAE and Huber cap its pull at the size of any other point&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 9 good points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted probability p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient ∂L/∂p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient ∂L/∂s</source>
        <translation type="unfinished"></translation>
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
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>pérdida de prueba</translation>
    </message>
    <message>
        <source>The latest training and test loss, and accuracy or RMSE, after the last finished epoch.</source>
        <translation>La última pérdida de entrenamiento y de prueba, y la exactitud o el RMSE, tras la última época terminada.</translation>
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
        <source>training accuracy</source>
        <translation>exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>training RMSE</source>
        <translation>RMSE de entrenamiento</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>exactitud de prueba</translation>
    </message>
    <message>
        <source>test RMSE</source>
        <translation>RMSE de prueba</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Training loss –   Test loss –</source>
        <translation>Pérdida de entrenamiento –   Pérdida de prueba –</translation>
    </message>
    <message>
        <source>Training loss %1   Test loss %2</source>
        <translation>Pérdida de entrenamiento %1   Pérdida de prueba %2</translation>
    </message>
    <message>
        <source>Epoch %1
Training loss %2, test loss %3
Training %4 %5, test %4 %6
Learning rate %7</source>
        <translation>Época %1
Pérdida de entrenamiento %2, de prueba %3
Entrenamiento: %4 %5, prueba: %4 %6
Tasa de aprendizaje %7</translation>
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
        <source>Draw new starting weights and clear the loss history; the data is kept.</source>
        <translation>Tomar pesos iniciales nuevos y borrar el historial de pérdida; los datos se conservan.</translation>
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
        <source>Show the lab in this language from the next start.</source>
        <translation>Mostrar el laboratorio en este idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The language changes when the lab is started again.</source>
        <translation>El idioma cambia cuando se vuelva a iniciar el laboratorio.</translation>
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
        <source>Finished: %1. Raise the epochs in the Training panel to go on.</source>
        <translation>Terminado: %1. Aumente las épocas en el panel Entrenamiento para continuar.</translation>
    </message>
    <message>
        <source>Early stopping: %1.</source>
        <translation>Parada temprana: %1.</translation>
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
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
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
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
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
        <source>Could not save %1.</source>
        <translation>No se pudo guardar %1.</translation>
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
        <source>%1%2 – nnlab</source>
        <translation>%1%2 – nnlab</translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the %1 explorer in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient norms, saturation and dead units per layer, with a diagnosis of what goes wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation type="unfinished"></translation>
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
        <source>Neuron %1 of %2: its output over the input plane appears here once training runs.</source>
        <translation>Neurona %1 de %2: su salida sobre el plano de entrada aparece aquí cuando el entrenamiento avanza.</translation>
    </message>
    <message>
        <source>Neuron %1 of %2 has bias %3; the picture is its output over the input plane.</source>
        <translation>La neurona %1 de %2 tiene sesgo %3; la imagen es su salida sobre el plano de entrada.</translation>
    </message>
    <message>
        <source>neuron %1 of %2</source>
        <translation>neurona %1 de %2</translation>
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
</context>
<context>
    <name>nnlab::OptimizerRace</name>
    <message>
        <source>Optimizer race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch, mini-batch and stochastic GD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several optimizers start from the same point of a loss surface and step side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same line fitted with the exact gradient, with mini-batches and with single samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss surface to race on; each racer&apos;s learning rate is set to one that suits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network loss slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function the racers minimise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every racer takes one optimizer step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the race continuously; click again to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every racer back on the start point with a fresh optimizer state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps/frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many steps each racer takes per animation frame (25 frames a second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer steps taken so far by every racer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished">Escala log.</translation>
    </message>
    <message>
        <source>Draw the loss on a logarithmic axis, so that fast and slow convergence can both be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss surface with its level lines; click to move the start point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each racer&apos;s loss above the minimum, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f − f*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curvature 25 across the valley and 1 along it: a rate safe across it (below 2/25) is slow along the floor, where SGD creeps; momentum gathers speed there but swings; the adaptive methods rescale each direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A narrow curved valley: reaching it is quick, following it to the minimum at (1, 1) is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat plateaus beside steep walls: the gradient&apos;s size varies by orders of magnitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four minima of equal height: which one a racer reaches depends on its path; momentum can overshoot into another basin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saddle at the origin between two minima: near it the gradient across is tiny, so plain GD lingers; started exactly on y = 0 it never leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training loss of a 2-6-1 tanh network (circle data, cross-entropy) on a plane through its trained weights w&lt;sub&gt;0&lt;/sub&gt; (the origin) along two random, filter-normalised directions d&lt;sub&gt;1&lt;/sub&gt;, d&lt;sub&gt;2&lt;/sub&gt; (Li et al. 2018); the gradient is backpropagation&apos;s, projected on the plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map to move the start (⊕); ★ marks the minima; level lines are evenly spaced in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log(f − f*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f − f* = %1 at (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged after %1 steps: learning rate too large here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate: how far each update moves the point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum: how much of the previous update is carried into the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay rate of the running average of the gradients.</source>
        <translation type="unfinished">Tasa de decaimiento de la media móvil de los gradientes.</translation>
    </message>
    <message>
        <source>Decay rate of the running average of the squared gradients.</source>
        <translation type="unfinished">Tasa de decaimiento de la media móvil de los gradientes al cuadrado.</translation>
    </message>
    <message>
        <source>A small number added to the denominator so that it is never zero.</source>
        <translation type="unfinished">Un número pequeño sumado al denominador para que nunca sea cero.</translation>
    </message>
    <message>
        <source>Decay rate of the running averages this optimizer keeps.</source>
        <translation type="unfinished">Tasa de decaimiento de las medias móviles de este optimizador.</translation>
    </message>
    <message>
        <source>Pulls the point towards the origin a little at each update, besides the gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hyperparameter of this optimizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another racer; it starts from the same point and catches up the steps already run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnlab::RacerRow</name>
    <message>
        <source>This racer&apos;s colour on the map and in the loss plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s optimizer this racer uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this racer is now and how far its loss is above the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this racer.</source>
        <translation type="unfinished"></translation>
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
        <source>Adds this times the sum of |w| to the loss, pushing unneeded weights to exactly zero.</source>
        <translation>Suma este valor por la suma de |w| a la pérdida, llevando los pesos innecesarios a cero exacto.</translation>
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
        <source>Stop when the test loss has not improved for a while.</source>
        <translation>Parar cuando la pérdida de prueba lleva un tiempo sin mejorar.</translation>
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
</context>
<context>
    <name>nnlab::VerdictList</name>
    <message>
        <source>What the gradient health says about this run, with the evidence and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the learning rate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the learning rate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found in the gradients so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers: %1
Curriculum: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this change to the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the course notes say otherwise, the lab follows the textbook (GBC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
