<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Activation</name>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Binary step</source>
        <translation>Sprungfunktion</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>its derivative is 0 everywhere except at 0, so no gradient reaches the weights</source>
        <translation>ihre Ableitung ist überall 0 außer bei 0, daher erreicht kein Gradient die Gewichte</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Hard sigmoid</source>
        <translation>Harte Sigmoid</translation>
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
        <translation>negative Steigung</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>Alpha</translation>
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
        <translation>GELU (tanh-Näherung)</translation>
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
        <translation>f(x) = 1 für x ≥ θ, sonst 0&lt;br&gt;f′(x) = 0 überall außer bei θ, wo sie nicht definiert ist</translation>
    </message>
    <message>
        <source>σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;), range (0, 1)&lt;br&gt;σ′(x) = σ(x) (1 − σ(x)), at most 0.25 (at x = 0)</source>
        <translation>σ(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;), Wertebereich (0, 1)&lt;br&gt;σ′(x) = σ(x) (1 − σ(x)), höchstens 0,25 (bei x = 0)</translation>
    </message>
    <message>
        <source>f(x) = clamp(x/6 + 1/2, 0, 1)&lt;br&gt;f′(x) = 1/6 on [−3, 3], else 0</source>
        <translation>f(x) = clamp(x/6 + 1/2, 0, 1)&lt;br&gt;f′(x) = 1/6 auf [−3, 3], sonst 0</translation>
    </message>
    <message>
        <source>tanh(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) = 2σ(2x) − 1, range (−1, 1)&lt;br&gt;tanh′(x) = 1 − tanh²(x), at most 1 (at x = 0)</source>
        <translation>tanh(x) = (e&lt;sup&gt;x&lt;/sup&gt; − e&lt;sup&gt;−x&lt;/sup&gt;) / (e&lt;sup&gt;x&lt;/sup&gt; + e&lt;sup&gt;−x&lt;/sup&gt;) = 2σ(2x) − 1, Wertebereich (−1, 1)&lt;br&gt;tanh′(x) = 1 − tanh²(x), höchstens 1 (bei x = 0)</translation>
    </message>
    <message>
        <source>f(x) = max(0, x)&lt;br&gt;f′(x) = 1 for x &amp;gt; 0, else 0 (the engine takes f′(0) = 0)</source>
        <translation>f(x) = max(0, x)&lt;br&gt;f′(x) = 1 für x &amp;gt; 0, sonst 0 (die Engine setzt f′(0) = 0)</translation>
    </message>
    <message>
        <source>f(x) = x for x &amp;gt; 0, else a·x (slope a)&lt;br&gt;f′(x) = 1 for x &amp;gt; 0, else a</source>
        <translation>f(x) = x für x &amp;gt; 0, sonst a·x (Steigung a)&lt;br&gt;f′(x) = 1 für x &amp;gt; 0, sonst a</translation>
    </message>
    <message>
        <source>f(x) = x for x &amp;gt; 0, else α (e&lt;sup&gt;x&lt;/sup&gt; − 1)&lt;br&gt;f′(x) = 1 for x &amp;gt; 0, else f(x) + α</source>
        <translation>f(x) = x für x &amp;gt; 0, sonst α (e&lt;sup&gt;x&lt;/sup&gt; − 1)&lt;br&gt;f′(x) = 1 für x &amp;gt; 0, sonst f(x) + α</translation>
    </message>
    <message>
        <source>f(x) = λx for x &amp;gt; 0, else λα (e&lt;sup&gt;x&lt;/sup&gt; − 1), with the fixed constants λ ≈ 1.0507, α ≈ 1.6733&lt;br&gt;f′(x) = λ for x &amp;gt; 0, else f(x) + λα</source>
        <translation>f(x) = λx für x &amp;gt; 0, sonst λα (e&lt;sup&gt;x&lt;/sup&gt; − 1), mit den festen Konstanten λ ≈ 1,0507, α ≈ 1,6733&lt;br&gt;f′(x) = λ für x &amp;gt; 0, sonst f(x) + λα</translation>
    </message>
    <message>
        <source>f(x) = x Φ(x), Φ the standard normal CDF&lt;br&gt;f′(x) = Φ(x) + x φ(x)</source>
        <translation>f(x) = x Φ(x), Φ die Verteilungsfunktion der Standardnormalverteilung&lt;br&gt;f′(x) = Φ(x) + x φ(x)</translation>
    </message>
    <message>
        <source>f(x) = ½ x (1 + tanh(√(2/π) (x + 0.044715 x³)))&lt;br&gt;a close approximation of x Φ(x)</source>
        <translation>f(x) = ½ x (1 + tanh(√(2/π) (x + 0,044715 x³)))&lt;br&gt;eine enge Näherung von x Φ(x)</translation>
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
        <translation>softmax(z)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;z&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;z&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;, berechnet auf z − max z&lt;br&gt;Gezeichnet: die erste Ausgabe für z = (x, 0), sie ist gleich σ(x); ∂s&lt;sub&gt;i&lt;/sub&gt;/∂z&lt;sub&gt;j&lt;/sub&gt; = s&lt;sub&gt;i&lt;/sub&gt; (δ&lt;sub&gt;ij&lt;/sub&gt; − s&lt;sub&gt;j&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>ReLU at x = −4, −3, …, 4 gives %1; the notes print [0,0,0,0,0,1,2,3,4] ✓.</source>
        <translation>ReLU bei x = −4, −3, …, 4 ergibt %1; das Skript druckt [0,0,0,0,0,1,2,3,4] ✓.</translation>
    </message>
    <message>
        <source>the notes say ReLU&apos;s “derivative is 0 to 1”. It takes only the two values 0 and 1.</source>
        <translation>das Skript sagt, die „Ableitung ist 0 bis 1“ bei ReLU. Sie nimmt nur die zwei Werte 0 und 1 an.</translation>
    </message>
    <message>
        <source>σ([−0.5, 1.2, −0.1, 2.4]) = %1, sum %2 ≈ 2.54 ✓.</source>
        <translation>σ([−0.5, 1.2, −0.1, 2.4]) = %1, Summe %2 ≈ 2,54 ✓.</translation>
    </message>
    <message>
        <source>the notes write “0.38 + 0.77 + 0.48 + 0.92 = 2.54”; those rounded values add to 2.55. Sum the unrounded values.</source>
        <translation>das Skript schreibt „0.38 + 0.77 + 0.48 + 0.92 = 2.54“; diese gerundeten Werte ergeben 2,55. Die ungerundeten Werte addieren.</translation>
    </message>
    <message>
        <source>softmax([2.0, 1.0, 0.1]) = %1 ✓; softmax([1, 2, 3]) = %2.</source>
        <translation>softmax([2.0, 1.0, 0.1]) = %1 ✓; softmax([1, 2, 3]) = %2.</translation>
    </message>
    <message>
        <source>softmax([−0.5, 1.2, −0.1, 2.4]) = %1, sum %2.</source>
        <translation>softmax([−0.5, 1.2, −0.1, 2.4]) = %1, Summe %2.</translation>
    </message>
    <message>
        <source>the notes write “0.04 + 0.21 + 0.06 + 0.7 = 1.00”; those rounded values add to 1.01.</source>
        <translation>das Skript schreibt „0.04 + 0.21 + 0.06 + 0.7 = 1.00“; diese gerundeten Werte ergeben 1,01.</translation>
    </message>
    <message>
        <source>the notes head tanh&apos;s derivative range “Sigmoid function derivative range 0 to 1”. It is tanh′, in (0, 1]; σ′ lies in (0, 0.25]. Tanh is a scaled and shifted sigmoid, 2σ(2x) − 1.</source>
        <translation>das Skript überschreibt den Wertebereich der tanh-Ableitung mit „Sigmoid function derivative range 0 to 1“. Gemeint ist tanh′, in (0, 1]; σ′ liegt in (0, 0,25]. Tanh ist eine skalierte und verschobene Sigmoid-Funktion, 2σ(2x) − 1.</translation>
    </message>
    <message>
        <source>SELU does not “automatically adjust its parameters”: λ and α are fixed. Self-normalisation comes from them plus LeCun-normal initialisation.</source>
        <translation>SELU passt seine Parameter nicht „automatisch an“: λ und α sind fest. Die Selbstnormalisierung entsteht aus ihnen zusammen mit der LeCun-Normal-Initialisierung.</translation>
    </message>
    <message>
        <source>The notes&apos; and the engine&apos;s slope is 0.01 (Keras&apos; LeakyReLU layer defaults to 0.3).</source>
        <translation>Die Steigung im Skript und in der Engine ist 0,01 (die LeakyReLU-Schicht von Keras hat standardmäßig 0,3).</translation>
    </message>
</context>
<context>
    <name>AdversarialPhases</name>
    <message>
        <source>1. The generator makes samples from fresh noise</source>
        <translation>1. Der Generator erzeugt Beispiele aus frischem Rauschen</translation>
    </message>
    <message>
        <source>2. The discriminator classifies real and generated samples: mean D(fake) %1</source>
        <translation>2. Der Diskriminator klassifiziert echte und erzeugte Beispiele: mittleres D(fake) %1</translation>
    </message>
    <message>
        <source>3. The discriminator&apos;s loss on both: %1</source>
        <translation>3. Der Verlust des Diskriminators auf beiden: %1</translation>
    </message>
    <message>
        <source>4. The discriminator&apos;s gradients: norm %1</source>
        <translation>4. Die Gradienten des Diskriminators: Norm %1</translation>
    </message>
    <message>
        <source>5. The discriminator takes its step</source>
        <translation>5. Der Diskriminator macht seinen Schritt</translation>
    </message>
    <message>
        <source>6. The generator makes samples from fresh noise</source>
        <translation>6. Der Generator erzeugt Beispiele aus frischem Rauschen</translation>
    </message>
    <message>
        <source>7. The discriminator classifies the generated samples: mean D(fake) %1</source>
        <translation>7. Der Diskriminator klassifiziert die erzeugten Beispiele: mittleres D(fake) %1</translation>
    </message>
    <message>
        <source>8. The generator&apos;s loss: %1</source>
        <translation>8. Der Verlust des Generators: %1</translation>
    </message>
    <message>
        <source>9. The generator&apos;s gradients, back through the discriminator: norm %1</source>
        <translation>9. Die Gradienten des Generators, zurück durch den Diskriminator: Norm %1</translation>
    </message>
    <message>
        <source>10. The generator takes its step</source>
        <translation>10. Der Generator macht seinen Schritt</translation>
    </message>
    <message>
        <source>(discriminator step %1 of %2)</source>
        <translation>(Diskriminator-Schritt %1 von %2)</translation>
    </message>
    <message>
        <source>(generator step %1 of %2)</source>
        <translation>(Generator-Schritt %1 von %2)</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>Exklusives Oder</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gauß</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Schachbrett</translation>
    </message>
    <message>
        <source>Blobs (K classes)</source>
        <translation>Wolken (K Klassen)</translation>
    </message>
    <message>
        <source>Spiral (K arms)</source>
        <translation>Spirale (K Arme)</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Multi Gaussian</source>
        <translation>Mehrere Gauß-Hügel</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>Gezeichnete Punkte</translation>
    </message>
    <message>
        <source>Bars (8x8 images)</source>
        <translation>Balken (8x8-Bilder)</translation>
    </message>
    <message>
        <source>Simple (13 points)</source>
        <translation>Einfach (13 Punkte)</translation>
    </message>
    <message>
        <source>Random labels</source>
        <translation>Zufällige Klassen</translation>
    </message>
    <message>
        <source>Adding problem (sequences)</source>
        <translation>Additionsproblem (Sequenzen)</translation>
    </message>
    <message>
        <source>Sums of sines (next value)</source>
        <translation>Sinussummen (nächster Wert)</translation>
    </message>
    <message>
        <source>Digits (28x28 images)</source>
        <translation>Ziffern (28x28-Bilder)</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28x28 images)</source>
        <translation>Fashion-MNIST (28x28-Bilder)</translation>
    </message>
    <message>
        <source>IDX image files</source>
        <translation>IDX-Bilddateien</translation>
    </message>
    <message>
        <source>Recall after a delay (sequences)</source>
        <translation>Erinnern nach einer Verzögerung (Sequenzen)</translation>
    </message>
    <message>
        <source>Text (next character)</source>
        <translation>Text (nächstes Zeichen)</translation>
    </message>
    <message>
        <source>Sums of sines (next value at every step)</source>
        <translation>Sinussummen (nächster Wert bei jedem Schritt)</translation>
    </message>
    <message>
        <source>Image folder (PNG, JPEG)</source>
        <translation>Bildordner (PNG, JPEG)</translation>
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
        <translation>Spirale, zwei verborgene Schichten</translation>
    </message>
    <message>
        <source>XOR with four ReLU units</source>
        <translation>XOR mit vier ReLU-Einheiten</translation>
    </message>
    <message>
        <source>Four blobs: softmax output and cross-entropy</source>
        <translation>Vier Wolken: Softmax-Ausgabe und Kreuzentropie</translation>
    </message>
    <message>
        <source>Regression: one linear unit finds the plane</source>
        <translation>Regression: eine lineare Einheit findet die Ebene</translation>
    </message>
    <message>
        <source>Zero initialisation: the circle never leaves ln 2</source>
        <translation>Null-Initialisierung: beim Kreis bleibt der Verlust bei ln 2</translation>
    </message>
    <message>
        <source>Vanishing gradients: six sigmoid layers on the spiral</source>
        <translation>Verschwindende Gradienten: sechs Sigmoid-Schichten auf der Spirale</translation>
    </message>
    <message>
        <source>ConvNetJS&apos;s classify2d: 2-6-2-2 tanh with a softmax output</source>
        <translation>classify2d aus ConvNetJS: 2-6-2-2 tanh mit Softmax-Ausgabe</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Bars: a small convolutional network tells horizontal from vertical lines</source>
        <translation>Balken: ein kleines Faltungsnetz unterscheidet waagrechte von senkrechten Linien</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Generative adversarial networks</source>
        <translation>Generative gegnerische Netze (GANs)</translation>
    </message>
    <message>
        <source>GAN: learn a single Gaussian</source>
        <translation>GAN: eine einzelne Gauß-Verteilung lernen</translation>
    </message>
    <message>
        <source>GAN: a mixture of two Gaussians (GAN Lab&apos;s first example)</source>
        <translation>GAN: eine Mischung aus zwei Gauß-Verteilungen (das erste Beispiel von GAN Lab)</translation>
    </message>
    <message>
        <source>GAN: a ring</source>
        <translation>GAN: ein Ring</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>A Kohonen line follows the spiral</source>
        <translation>Eine Kohonen-Linie folgt der Spirale</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>Beis&amp;piele</translation>
    </message>
    <message>
        <source>Opens a copy with fresh weights; Save asks where to keep it.</source>
        <translation>Öffnet eine Kopie mit neuen Gewichten; Speichern fragt, wo sie abgelegt werden soll.</translation>
    </message>
    <message>
        <source>Generated digits: a small convolutional network reads pen-stroke digits 0-9</source>
        <translation>Erzeugte Ziffern: ein kleines Faltungsnetz liest mit Stiftstrichen gezeichnete Ziffern 0–9</translation>
    </message>
    <message>
        <source>Fashion-MNIST: a 784-256-128-100-10 perceptron (baseline 0.883)</source>
        <translation>Fashion-MNIST: ein Perzeptron 784-256-128-100-10 (Vergleichswert 0,883)</translation>
    </message>
    <message>
        <source>Fashion-MNIST: two convolution and pooling layers (baseline 0.916)</source>
        <translation>Fashion-MNIST: zwei Faltungs- und Pooling-Schichten (Vergleichswert 0,916)</translation>
    </message>
    <message>
        <source>Adding problem over 50 steps: a plain RNN stays at chance (MSE 1/6)</source>
        <translation>Additionsproblem über 50 Schritte: ein einfaches RNN bleibt beim Raten (MSE 1/6)</translation>
    </message>
    <message>
        <source>Adding problem over 50 steps: an LSTM carries the marked values</source>
        <translation>Additionsproblem über 50 Schritte: ein LSTM trägt die markierten Werte weiter</translation>
    </message>
    <message>
        <source>Sums of sines: an LSTM predicts the next value</source>
        <translation>Sinussummen: ein LSTM sagt den nächsten Wert vorher</translation>
    </message>
    <message>
        <source>Text: an LSTM learns to write, one character at a time</source>
        <translation>Text: ein LSTM lernt schreiben, Zeichen für Zeichen</translation>
    </message>
    <message>
        <source>Sums of sines, many-to-many: the next value at every step</source>
        <translation>Sinussummen, Many-to-many: der nächste Wert bei jedem Schritt</translation>
    </message>
    <message>
        <source>GAN: a line (GAN Lab&apos;s simple line)</source>
        <translation>GAN: eine Linie (die einfache Linie von GAN Lab)</translation>
    </message>
    <message>
        <source>GAN: three disjoint regions</source>
        <translation>GAN: drei getrennte Bereiche</translation>
    </message>
    <message>
        <source>Image GAN: a dense generator learns to draw digits</source>
        <translation>Bild-GAN: ein Dense-Generator lernt, Ziffern zu zeichnen</translation>
    </message>
    <message>
        <source>Image GAN: a convolutional generator (DCGAN) learns to draw digits</source>
        <translation>Bild-GAN: ein Faltungsgenerator (DCGAN) lernt, Ziffern zu zeichnen</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>Activation functions</source>
        <translation>Aktivierungsfunktionen</translation>
    </message>
    <message>
        <source>Loss functions</source>
        <translation>Verlustfunktionen</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>Optimierer-Wettrennen</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Convolution and pooling</source>
        <translation>Faltung und Pooling</translation>
    </message>
    <message>
        <source>Capacity and overfitting</source>
        <translation>Kapazität und Überanpassung</translation>
    </message>
    <message>
        <source>Probability distributions</source>
        <translation>Wahrscheinlichkeitsverteilungen</translation>
    </message>
    <message>
        <source>Notes error:</source>
        <translation>Fehler im Skript:</translation>
    </message>
    <message>
        <source>Worked example (%1):</source>
        <translation>Rechenbeispiel (%1):</translation>
    </message>
    <message>
        <source>Initialisation through a deep net</source>
        <translation>Initialisierung in einem tiefen Netz</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>GateActivityPlot</name>
    <message>
        <source>input i</source>
        <translation>Eingang i</translation>
    </message>
    <message>
        <source>forget f</source>
        <translation>Vergessen f</translation>
    </message>
    <message>
        <source>output o</source>
        <translation>Ausgang o</translation>
    </message>
    <message>
        <source>reset r</source>
        <translation>Reset r</translation>
    </message>
    <message>
        <source>update z</source>
        <translation>Update z</translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>timed out waiting for training</source>
        <translation>Zeitüberschreitung beim Warten auf das Training</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>timed out opening %1</source>
        <translation>Zeitüberschreitung beim Öffnen von %1</translation>
    </message>
</context>
<context>
    <name>Initializer</name>
    <message>
        <source>Zeros</source>
        <translation>Nullen</translation>
    </message>
    <message>
        <source>Ones</source>
        <translation>Einsen</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Uniform U(a, b)</source>
        <translation>Gleichverteilt U(a, b)</translation>
    </message>
    <message>
        <source>lower bound a</source>
        <translation>untere Grenze a</translation>
    </message>
    <message>
        <source>upper bound b</source>
        <translation>obere Grenze b</translation>
    </message>
    <message>
        <source>Normal (mean, stddev)</source>
        <translation>Normalverteilt (Mittel, Std.-Abw.)</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>Glorot (Xavier) uniform</source>
        <translation>Glorot (Xavier) gleichverteilt</translation>
    </message>
    <message>
        <source>Glorot (Xavier) normal</source>
        <translation>Glorot (Xavier) normalverteilt</translation>
    </message>
    <message>
        <source>He (Kaiming) uniform</source>
        <translation>He (Kaiming) gleichverteilt</translation>
    </message>
    <message>
        <source>He (Kaiming) normal</source>
        <translation>He (Kaiming) normalverteilt</translation>
    </message>
    <message>
        <source>LeCun uniform</source>
        <translation>LeCun gleichverteilt</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun normalverteilt</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>Orthogonal</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>Verstärkung</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Layer</name>
    <message>
        <source>Dense (fully connected)</source>
        <translation>Dense (vollständig verbunden)</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>drop rate</source>
        <translation>Drop-Rate</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>momentum (weight of the new batch)</source>
        <translation>Momentum (Gewicht des neuen Batches)</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>PReLU (learned slopes)</source>
        <translation>PReLU (gelernte Steigungen)</translation>
    </message>
    <message>
        <source>initial slope</source>
        <translation>Anfangssteigung</translation>
    </message>
    <message>
        <source>Maxout</source>
        <translation>Maxout</translation>
    </message>
    <message>
        <source>pieces per unit (k)</source>
        <translation>Stücke pro Einheit (k)</translation>
    </message>
    <message>
        <source>2-D convolution</source>
        <translation>2-D-Faltung</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>Kerngröße</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>zero padding</source>
        <translation>Null-Auffüllung</translation>
    </message>
    <message>
        <source>dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>2-D transposed convolution</source>
        <translation>2-D-transponierte Faltung</translation>
    </message>
    <message>
        <source>padding (cropped from the output)</source>
        <translation>Auffüllung (von der Ausgabe abgeschnitten)</translation>
    </message>
    <message>
        <source>output padding</source>
        <translation>Ausgabe-Auffüllung</translation>
    </message>
    <message>
        <source>2-D max pooling</source>
        <translation>2-D-Max-Pooling</translation>
    </message>
    <message>
        <source>window size</source>
        <translation>Fenstergröße</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>Auffüllung</translation>
    </message>
    <message>
        <source>2-D average pooling</source>
        <translation>2-D-Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Globales Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Abflachen</translation>
    </message>
    <message>
        <source>Batch normalisation per channel</source>
        <translation>Batch-Normalisierung pro Kanal</translation>
    </message>
    <message>
        <source>Layer normalisation</source>
        <translation>Layer-Normalisierung</translation>
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
        <translation>Ausgabe bei jedem Schritt (1) oder nur beim letzten (0)</translation>
    </message>
    <message>
        <source>backpropagation through time: steps per chunk (0: all)</source>
        <translation>Backpropagation durch die Zeit: Schritte pro Abschnitt (0: alle)</translation>
    </message>
    <message>
        <source>read the sequence forwards, or both ways</source>
        <translation>die Sequenz vorwärts oder in beide Richtungen lesen</translation>
    </message>
    <message>
        <source>how the two directions are joined (bidirectional)</source>
        <translation>wie die beiden Richtungen zusammengeführt werden (bidirektional)</translation>
    </message>
    <message>
        <source>padding (zeros)</source>
        <translation>Auffüllung (Nullen)</translation>
    </message>
    <message>
        <source>count the padded zeros in the average (1) or not (0)</source>
        <translation>die aufgefüllten Nullen im Mittelwert mitzählen (1) oder nicht (0)</translation>
    </message>
    <message>
        <source>Reshape to an image</source>
        <translation>Zu einem Bild umformen</translation>
    </message>
    <message>
        <source>channels (0: as many as the values fill)</source>
        <translation>Kanäle (0: so viele, wie die Werte füllen)</translation>
    </message>
    <message>
        <source>height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Simple recurrent (tanh or ReLU)</source>
        <translation>Einfach rekurrent (tanh oder ReLU)</translation>
    </message>
    <message>
        <source>the cell&apos;s nonlinearity (relu lets gradients explode through time)</source>
        <translation>die Nichtlinearität der Zelle (mit relu können Gradienten über die Zeit explodieren)</translation>
    </message>
    <message>
        <source>Global max pooling</source>
        <translation>Globales Max-Pooling</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Deep sigmoid net stops learning</source>
        <translation>Tiefes Sigmoid-Netz hört auf zu lernen</translation>
    </message>
    <message>
        <source>ReLU + He initialisation</source>
        <translation>ReLU + He-Initialisierung</translation>
    </message>
    <message>
        <source>Six sigmoid layers: watch the first layer&apos;s gradient (blue) sink far below the last layer&apos;s (red) while the loss stalls.</source>
        <translation>Sechs Sigmoid-Schichten: beobachten, wie der Gradient der ersten Schicht (blau) weit unter den der letzten Schicht (rot) sinkt, während der Verlust stagniert.</translation>
    </message>
    <message>
        <source>The same net with ReLU and He initialisation: the gradient norms stay together and the loss falls.</source>
        <translation>Dasselbe Netz mit ReLU und He-Initialisierung: die Gradientennormen bleiben beieinander und der Verlust sinkt.</translation>
    </message>
    <message>
        <source>Too-large initial weights explode</source>
        <translation>Zu große Startgewichte explodieren</translation>
    </message>
    <message>
        <source>Glorot initialisation</source>
        <translation>Glorot-Initialisierung</translation>
    </message>
    <message>
        <source>Weights drawn from N(0, 1): watch the gradient norms climb until training stops on a NaN.</source>
        <translation>Gewichte aus N(0; 1) gezogen: beobachten, wie die Gradientennormen steigen, bis das Training bei einem NaN abbricht.</translation>
    </message>
    <message>
        <source>Glorot initialisation: the gradient norms stay level and the loss falls.</source>
        <translation>Glorot-Initialisierung: die Gradientennormen bleiben auf gleicher Höhe und der Verlust sinkt.</translation>
    </message>
    <message>
        <source>Zero initialisation stays at ln 2</source>
        <translation>Null-Initialisierung bleibt bei ln 2</translation>
    </message>
    <message>
        <source>random (He) initialisation</source>
        <translation>zufällige (He-)Initialisierung</translation>
    </message>
    <message>
        <source>All weights zero: every unit of a layer stays the same and the loss stays at ln 2 = 0.693; watch for the symmetry verdict.</source>
        <translation>Alle Gewichte null: jede Einheit einer Schicht bleibt gleich und der Verlust bleibt bei ln 2 = 0,693; auf die Diagnose zur Symmetrie achten.</translation>
    </message>
    <message>
        <source>Random (He) weights break the symmetry: the units differ and the loss falls below ln 2.</source>
        <translation>Zufällige (He-)Gewichte brechen die Symmetrie: die Einheiten unterscheiden sich und der Verlust sinkt unter ln 2.</translation>
    </message>
    <message>
        <source>ReLUs die at a high learning rate</source>
        <translation>ReLUs sterben bei hoher Lernrate</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Adam at learning rate 0.3: watch neurons get a dead mark on the canvas and the dead share rise.</source>
        <translation>Adam mit Lernrate 0,3: beobachten, wie Neuronen im Netz als tot markiert werden und der Anteil toter Einheiten steigt.</translation>
    </message>
    <message>
        <source>Leaky ReLU keeps a small gradient below zero: no unit dies, none is marked.</source>
        <translation>Leaky ReLU behält unter null einen kleinen Gradienten: keine Einheit stirbt, keine wird markiert.</translation>
    </message>
    <message>
        <source>Exploding gradients tamed by clipping</source>
        <translation>Explodierende Gradienten, gebändigt durch Begrenzung</translation>
    </message>
    <message>
        <source>gradient-norm clipping</source>
        <translation>Begrenzung der Gradientennorm</translation>
    </message>
    <message>
        <source>Plain SGD on a regression: watch the gradient norms jump by orders of magnitude and the loss blow up.</source>
        <translation>Einfaches SGD auf einer Regression: beobachten, wie die Gradientennormen um Größenordnungen springen und der Verlust explodiert.</translation>
    </message>
    <message>
        <source>Clipping the gradient norm to 0.25 keeps every step small: the norms stay bounded and the loss falls.</source>
        <translation>Die Gradientennorm auf 0,25 zu begrenzen hält jeden Schritt klein: die Normen bleiben beschränkt und der Verlust sinkt.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>LookInside</name>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>Logits</translation>
    </message>
</context>
<context>
    <name>Loss</name>
    <message>
        <source>Mean squared error</source>
        <translation>Mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>mean over all elements</source>
        <translation>Mittel über alle Elemente</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Mittlerer absoluter Fehler</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Log-cosh</source>
        <translation>Log-Cosh</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>Kategoriale Kreuzentropie</translation>
    </message>
    <message>
        <source>sum over classes, mean over samples</source>
        <translation>Summe über Klassen, Mittel über Beispiele</translation>
    </message>
    <message>
        <source>Sparse categorical cross-entropy</source>
        <translation>Kategoriale Kreuzentropie (Indizes)</translation>
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
        <translation>Mit r = ŷ − y (Vorhersage minus Ziel):&lt;br&gt;&lt;b&gt;MSE&lt;/b&gt; = Mittel von r², &amp;nbsp;∂/∂ŷ = 2r / n&lt;br&gt;&lt;b&gt;MAE&lt;/b&gt; = Mittel von |r|, &amp;nbsp;∂/∂ŷ = sign(r) / n&lt;br&gt;&lt;b&gt;Huber&lt;/b&gt;&lt;sub&gt;δ&lt;/sub&gt; = ½ r² für |r| ≤ δ, sonst δ (|r| − δ/2), &amp;nbsp;∂/∂ŷ = r bzw. δ·sign(r) (durch n)&lt;br&gt;&lt;b&gt;log-cosh&lt;/b&gt; = Mittel von log(cosh r), &amp;nbsp;∂/∂ŷ = tanh(r) / n&lt;br&gt;Reduktion: Mittel über alle Elemente; die Kurven zeigen ein Element (n = 1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;BCE&lt;/b&gt; = −[y log p + (1 − y) log(1 − p)], p the predicted probability of class 1&lt;br&gt;∂/∂p = (p − y) / (p (1 − p)); through a sigmoid output p = σ(z) this becomes ∂/∂z = p − y.&lt;br&gt;Reduction: mean over all elements.</source>
        <translation>&lt;b&gt;BCE&lt;/b&gt; = −[y log p + (1 − y) log(1 − p)], p die vorhergesagte Wahrscheinlichkeit von Klasse 1&lt;br&gt;∂/∂p = (p − y) / (p (1 − p)); über eine Sigmoid-Ausgabe p = σ(z) wird daraus ∂/∂z = p − y.&lt;br&gt;Reduktion: Mittel über alle Elemente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hinge&lt;/b&gt; = max(0, 1 − y·s), label y = ±1, score s&lt;br&gt;∂/∂s = −y where y·s &amp;lt; 1, else 0: points beyond the margin give no gradient.&lt;br&gt;Reduction: mean over all elements.</source>
        <translation>&lt;b&gt;Hinge&lt;/b&gt; = max(0, 1 − y·s), Label y = ±1, Score s&lt;br&gt;∂/∂s = −y, wo y·s &amp;lt; 1, sonst 0: Punkte jenseits des Randes liefern keinen Gradienten.&lt;br&gt;Reduktion: Mittel über alle Elemente.</translation>
    </message>
    <message>
        <source>Huber with δ = 1: r = 0.5 gives ½·0.5² = %1; r = 2 gives 1·(2 − ½) = %2 ✓.</source>
        <translation>Huber mit δ = 1: r = 0,5 ergibt ½·0,5² = %1; r = 2 ergibt 1·(2 − ½) = %2 ✓.</translation>
    </message>
    <message>
        <source>the notes write MAE as ½|y − ŷ| (004-17); MAE has no ½. They also give the cost once as a sum and once as a mean (004-15): the engine&apos;s reduction is the mean. “Hubber” is Huber.</source>
        <translation>das Skript schreibt den MAE als ½|y − ŷ| (004-17); der MAE hat kein ½. Außerdem gibt es die Kosten einmal als Summe und einmal als Mittel an (004-15): die Engine reduziert mit dem Mittel. „Hubber“ ist Huber.</translation>
    </message>
    <message>
        <source>y = [1, 0], p = [0.9, 0.2]: BCE = −(log 0.9 + log 0.8) / 2 = %1 ✓. A logit z = 2 with y = 1: p = σ(2), BCE = %2.</source>
        <translation>y = [1, 0], p = [0.9, 0.2]: BCE = −(log 0,9 + log 0,8) / 2 = %1 ✓. Ein Logit z = 2 mit y = 1: p = σ(2), BCE = %2.</translation>
    </message>
    <message>
        <source>the notes write cross-entropy as H = Σ p log q, without the minus sign: it is H(p, q) = −Σ p log q. It is not “the difference between two distributions”; that is the KL divergence H(p, q) − H(p).</source>
        <translation>das Skript schreibt die Kreuzentropie als H = Σ p log q, ohne Minuszeichen: sie ist H(p, q) = −Σ p log q. Sie ist nicht „der Unterschied zwischen zwei Verteilungen“; das ist die KL-Divergenz H(p, q) − H(p).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Example:&lt;/b&gt; y = +1, s = 0.3: max(0, 1 − 0.3) = %1 with gradient %2; s = 1.5: loss %3, gradient %4 (beyond the margin).</source>
        <translation>&lt;b&gt;Beispiel:&lt;/b&gt; y = +1, s = 0.3: max(0, 1 − 0.3) = %1 mit Gradient %2; s = 1.5: Verlust %3, Gradient %4 (jenseits des Randes).</translation>
    </message>
</context>
<context>
    <name>NetworkEdits</name>
    <message>
        <source>the input features</source>
        <translation>die Eingabemerkmale</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>die Ausgabeschicht</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>verborgene Schicht %1</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>batch normalisation</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>%1 on the inputs</source>
        <translation>%1 auf den Eingaben</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>The network has no output layer to put a hidden layer before.</source>
        <translation>Das Netz hat keine Ausgabeschicht, vor die eine verborgene Schicht kommen könnte.</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>Verborgene Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Nothing can come before the input features.</source>
        <translation>Vor den Eingabemerkmalen kann nichts stehen.</translation>
    </message>
    <message>
        <source>There is no layer %1.</source>
        <translation>Es gibt keine Schicht %1.</translation>
    </message>
    <message>
        <source>Nothing can follow the output layer; add the hidden layer before it.</source>
        <translation>Nach der Ausgabeschicht kann nichts folgen; die verborgene Schicht davor einfügen.</translation>
    </message>
    <message>
        <source>There is no hidden layer left to remove.</source>
        <translation>Es gibt keine verborgene Schicht mehr zum Entfernen.</translation>
    </message>
    <message>
        <source>The input features are chosen in the data panel, not removed here.</source>
        <translation>Die Eingabemerkmale werden im Datenbereich gewählt, nicht hier entfernt.</translation>
    </message>
    <message>
        <source>The output layer cannot be removed: the loss compares its values with the targets.</source>
        <translation>Die Ausgabeschicht kann nicht entfernt werden: der Verlust vergleicht ihre Werte mit den Zielen.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Only dense and maxout layers have a number of neurons.</source>
        <translation>Nur Dense- und Maxout-Schichten haben eine Neuronenzahl.</translation>
    </message>
    <message>
        <source>A layer needs at least one neuron; remove the layer instead.</source>
        <translation>Eine Schicht braucht mindestens ein Neuron; stattdessen die Schicht entfernen.</translation>
    </message>
    <message>
        <source>A layer can have at most %1 neurons.</source>
        <translation>Eine Schicht kann höchstens %1 Neuronen haben.</translation>
    </message>
    <message>
        <source>This task needs exactly 1 output neuron: the data and the loss fix the output width.</source>
        <translation>Diese Aufgabe braucht genau 1 Ausgabeneuron: Daten und Verlust legen die Ausgabebreite fest.</translation>
    </message>
    <message>
        <source>This task needs exactly %1 output neurons: the data and the loss fix the output width.</source>
        <translation>Diese Aufgabe braucht genau %1 Ausgabeneuronen: Daten und Verlust legen die Ausgabebreite fest.</translation>
    </message>
    <message>
        <source>Add neuron to %1</source>
        <translation>Neuron zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove neuron from %1</source>
        <translation>Neuron aus %1 entfernen</translation>
    </message>
    <message>
        <source>Set %1 to %2 neurons</source>
        <translation>%1 auf %2 Neuronen setzen</translation>
    </message>
    <message>
        <source>The inputs are the chosen features; pick more in the data panel.</source>
        <translation>Die Eingaben sind die gewählten Merkmale; weitere im Datenbereich wählen.</translation>
    </message>
    <message>
        <source>Select a layer first.</source>
        <translation>Zuerst eine Schicht auswählen.</translation>
    </message>
    <message>
        <source>The inputs are the chosen features; remove them in the data panel.</source>
        <translation>Die Eingaben sind die gewählten Merkmale; sie im Datenbereich abwählen.</translation>
    </message>
    <message>
        <source>This layer has no activation function.</source>
        <translation>Diese Schicht hat keine Aktivierungsfunktion.</translation>
    </message>
    <message>
        <source>This activation cannot be used: %1</source>
        <translation>Diese Aktivierung kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Change %1 activation parameter</source>
        <translation>Aktivierungsparameter von %1 ändern</translation>
    </message>
    <message>
        <source>Set %1 activation to %2</source>
        <translation>Aktivierung von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Only dense and maxout layers have weights to initialise.</source>
        <translation>Nur Dense- und Maxout-Schichten haben Gewichte zum Initialisieren.</translation>
    </message>
    <message>
        <source>Set %1 weight initializer to %2</source>
        <translation>Gewichtsinitialisierung von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Only dense and maxout layers have biases to initialise.</source>
        <translation>Nur Dense- und Maxout-Schichten haben Biases zum Initialisieren.</translation>
    </message>
    <message>
        <source>Set %1 bias initializer to %2</source>
        <translation>Bias-Initialisierung von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>The value must be a finite number.</source>
        <translation>Der Wert muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>The drop rate must be at least 0 and below 1: a rate of 1 would drop every value.</source>
        <translation>Die Drop-Rate muss mindestens 0 und kleiner als 1 sein: bei 1 fiele jeder Wert weg.</translation>
    </message>
    <message>
        <source>Maxout needs a whole number of pieces, at least 1.</source>
        <translation>Maxout braucht eine ganze Zahl von Stücken, mindestens 1.</translation>
    </message>
    <message>
        <source>%1 cannot be built: %2</source>
        <translation>%1 kann nicht gebaut werden: %2</translation>
    </message>
    <message>
        <source>Set %1 %2 to %3</source>
        <translation>%2 von %1 auf %3 setzen</translation>
    </message>
    <message>
        <source>Unknown layer type &quot;%1&quot;.</source>
        <translation>Unbekannter Schichttyp „%1“.</translation>
    </message>
    <message>
        <source>The output layer must be dense or maxout: it produces the values the loss compares.</source>
        <translation>Die Ausgabeschicht muss Dense oder Maxout sein: sie liefert die Werte, die der Verlust vergleicht.</translation>
    </message>
    <message>
        <source>Make %1 a %2 layer</source>
        <translation>%1 zu einer %2-Schicht machen</translation>
    </message>
    <message>
        <source>Nothing can follow the output layer: its values go straight to the loss.</source>
        <translation>Nach der Ausgabeschicht kann nichts folgen: ihre Werte gehen direkt in den Verlust.</translation>
    </message>
    <message>
        <source>Remove %1 after %2</source>
        <translation>%1 nach %2 entfernen</translation>
    </message>
    <message>
        <source>Add %1 after %2</source>
        <translation>%1 nach %2 hinzufügen</translation>
    </message>
    <message>
        <source>Output layer follows the task</source>
        <translation>Ausgabeschicht folgt der Aufgabe</translation>
    </message>
    <message>
        <source>drop rate</source>
        <translation>Drop-Rate</translation>
    </message>
    <message>
        <source>A %1 layer cannot go here: %2</source>
        <translation>Eine %1-Schicht kann hier nicht stehen: %2</translation>
    </message>
    <message>
        <source>Output neuron %1</source>
        <translation>Ausgabeneuron %1</translation>
    </message>
    <message>
        <source>output neuron %1</source>
        <translation>Ausgabeneuron %1</translation>
    </message>
    <message>
        <source>Neuron %1 of hidden layer %2</source>
        <translation>Neuron %1 der verborgenen Schicht %2</translation>
    </message>
    <message>
        <source>neuron %1 of hidden layer %2</source>
        <translation>Neuron %1 der verborgenen Schicht %2</translation>
    </message>
    <message>
        <source>Neuron %1 of layer %2</source>
        <translation>Neuron %1 der Schicht %2</translation>
    </message>
    <message>
        <source>neuron %1 of layer %2</source>
        <translation>Neuron %1 der Schicht %2</translation>
    </message>
    <message>
        <source>Too large: this network needs about %1 of memory, more than the limit of %2, so it will be refused when training starts. Use fewer neurons or layers.</source>
        <translation>Zu groß: dieses Netz braucht etwa %1 Speicher, mehr als die Grenze von %2, daher wird es beim Start des Trainings abgelehnt. Weniger Neuronen oder Schichten verwenden.</translation>
    </message>
    <message>
        <source>Large network: about %1 of memory for its weights and buffers. Training will be slow, and the computer may become sluggish.</source>
        <translation>Großes Netz: etwa %1 Speicher für seine Gewichte und Puffer. Das Training wird langsam sein, und der Computer kann träge reagieren.</translation>
    </message>
    <message>
        <source>The network has no hidden layer.</source>
        <translation>Das Netz hat keine verborgene Schicht.</translation>
    </message>
    <message>
        <source>Set the hidden layer to %1</source>
        <translation>Aktivierung der verborgenen Schicht auf %1 setzen</translation>
    </message>
    <message>
        <source>Set the %1 hidden layers to %2</source>
        <translation>Aktivierung der %1 verborgenen Schichten auf %2 setzen</translation>
    </message>
    <message>
        <source>Set the hidden layer&apos;s weight initializer to %1</source>
        <translation>Gewichtsinitialisierung der verborgenen Schicht auf %1 setzen</translation>
    </message>
    <message>
        <source>Set the weight initializer of the %1 hidden layers to %2</source>
        <translation>Gewichtsinitialisierung der %1 verborgenen Schichten auf %2 setzen</translation>
    </message>
    <message>
        <source>Add a %1 layer</source>
        <translation>%1-Schicht hinzufügen</translation>
    </message>
    <message>
        <source>The output layer stays: it produces the values the loss compares.</source>
        <translation>Die Ausgabeschicht bleibt: sie liefert die Werte, die der Verlust vergleicht.</translation>
    </message>
    <message>
        <source>Without this %1 layer the network does not fit: %2</source>
        <translation>Ohne diese %1-Schicht passt das Netz nicht zusammen: %2</translation>
    </message>
    <message>
        <source>Remove the %1 layer</source>
        <translation>%1-Schicht entfernen</translation>
    </message>
    <message>
        <source>This layer cannot move further.</source>
        <translation>Diese Schicht lässt sich nicht weiter verschieben.</translation>
    </message>
    <message>
        <source>The output layer stays last: it produces the values the loss compares.</source>
        <translation>Die Ausgabeschicht bleibt die letzte: sie liefert die Werte, die der Verlust vergleicht.</translation>
    </message>
    <message>
        <source>The %1 layer cannot move there: %2</source>
        <translation>Die %1-Schicht kann nicht dorthin: %2</translation>
    </message>
    <message>
        <source>Move the %1 layer up</source>
        <translation>%1-Schicht nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the %1 layer down</source>
        <translation>%1-Schicht nach unten verschieben</translation>
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
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>AdaDelta</source>
        <translation>AdaDelta</translation>
    </message>
    <message>
        <source>rho (decay of the averages)</source>
        <translation>rho (Zerfall der Mittelwerte)</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>rho (decay of the squared-gradient average)</source>
        <translation>rho (Zerfall des Mittels der quadrierten Gradienten)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>beta1 (decay of the gradient average)</source>
        <translation>beta1 (Zerfall des Gradientenmittels)</translation>
    </message>
    <message>
        <source>beta2 (decay of the squared-gradient average)</source>
        <translation>beta2 (Zerfall des Mittels der quadrierten Gradienten)</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>Gewichtszerfall</translation>
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
        <translation>Dieses Experiment hat keinen Generator oder Diskriminator zum Bearbeiten.</translation>
    </message>
    <message>
        <source>The generator has %1 hidden layers, the most it can have here.</source>
        <translation>Der Generator hat %1 verborgene Schichten, mehr sind hier nicht möglich.</translation>
    </message>
    <message>
        <source>The discriminator has %1 hidden layers, the most it can have here.</source>
        <translation>Der Diskriminator hat %1 verborgene Schichten, mehr sind hier nicht möglich.</translation>
    </message>
    <message>
        <source>Add a hidden layer to the generator</source>
        <translation>Eine verborgene Schicht zum Generator hinzufügen</translation>
    </message>
    <message>
        <source>Add a hidden layer to the discriminator</source>
        <translation>Eine verborgene Schicht zum Diskriminator hinzufügen</translation>
    </message>
    <message>
        <source>The generator has no hidden layer left to remove.</source>
        <translation>Der Generator hat keine verborgene Schicht mehr zum Entfernen.</translation>
    </message>
    <message>
        <source>The discriminator has no hidden layer left to remove.</source>
        <translation>Der Diskriminator hat keine verborgene Schicht mehr zum Entfernen.</translation>
    </message>
    <message>
        <source>Remove a hidden layer of the generator</source>
        <translation>Eine verborgene Schicht des Generators entfernen</translation>
    </message>
    <message>
        <source>Remove a hidden layer of the discriminator</source>
        <translation>Eine verborgene Schicht des Diskriminators entfernen</translation>
    </message>
    <message>
        <source>There is no hidden layer %1.</source>
        <translation>Es gibt keine verborgene Schicht %1.</translation>
    </message>
    <message>
        <source>Only a dense layer has a number of neurons.</source>
        <translation>Nur eine Dense-Schicht hat eine Anzahl von Neuronen.</translation>
    </message>
    <message>
        <source>A layer needs at least one neuron; remove the layer instead.</source>
        <translation>Eine Schicht braucht mindestens ein Neuron; stattdessen die Schicht entfernen.</translation>
    </message>
    <message>
        <source>A hidden layer has at most %1 neurons here.</source>
        <translation>Eine verborgene Schicht hat hier höchstens %1 Neuronen.</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer %1 of the generator</source>
        <translation>Ein Neuron zur verborgenen Schicht %1 des Generators hinzufügen</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer %1 of the discriminator</source>
        <translation>Ein Neuron zur verborgenen Schicht %1 des Diskriminators hinzufügen</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer %1 of the generator</source>
        <translation>Ein Neuron aus der verborgenen Schicht %1 des Generators entfernen</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer %1 of the discriminator</source>
        <translation>Ein Neuron aus der verborgenen Schicht %1 des Diskriminators entfernen</translation>
    </message>
    <message>
        <source>The generator has no hidden layer; add one first.</source>
        <translation>Der Generator hat keine verborgene Schicht; zuerst eine hinzufügen.</translation>
    </message>
    <message>
        <source>The discriminator has no hidden layer; add one first.</source>
        <translation>Der Diskriminator hat keine verborgene Schicht; zuerst eine hinzufügen.</translation>
    </message>
    <message>
        <source>Generator&apos;s hidden layers: %1</source>
        <translation>Verborgene Schichten des Generators: %1</translation>
    </message>
    <message>
        <source>Discriminator&apos;s hidden layers: %1</source>
        <translation>Verborgene Schichten des Diskriminators: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>training RMSE</source>
        <translation>Trainings-RMSE</translation>
    </message>
    <message>
        <source>test RMSE</source>
        <translation>Test-RMSE</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>discriminator loss</source>
        <translation>Verlust des Diskriminators</translation>
    </message>
    <message>
        <source>generator loss</source>
        <translation>Verlust des Generators</translation>
    </message>
    <message>
        <source>D(real)</source>
        <translation>D(echt)</translation>
    </message>
    <message>
        <source>D(fake)</source>
        <translation>D(erzeugt)</translation>
    </message>
    <message>
        <source>KL divergence (grid)</source>
        <translation>KL-Divergenz (Gitter)</translation>
    </message>
    <message>
        <source>JS divergence (grid)</source>
        <translation>JS-Divergenz (Gitter)</translation>
    </message>
    <message>
        <source>quantization error</source>
        <translation>Quantisierungsfehler</translation>
    </message>
    <message>
        <source>topographic error</source>
        <translation>topographischer Fehler</translation>
    </message>
    <message>
        <source>neighbourhood radius</source>
        <translation>Nachbarschaftsradius</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>validation RMSE</source>
        <translation>Validierungs-RMSE</translation>
    </message>
    <message>
        <source>divergence</source>
        <translation>Divergenz</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Vanishing gradients: the early layers hardly learn</source>
        <translation>Verschwindende Gradienten: die frühen Schichten lernen kaum</translation>
    </message>
    <message>
        <source>Exploding gradients: the updates blow up</source>
        <translation>Explodierende Gradienten: die Aktualisierungen laufen aus dem Ruder</translation>
    </message>
    <message>
        <source>Dead ReLUs: units that output 0 for every input</source>
        <translation>Tote ReLUs: Einheiten, die für jede Eingabe 0 ausgeben</translation>
    </message>
    <message>
        <source>Saturated units: sigmoid/tanh outputs stuck near their limits</source>
        <translation>Gesättigte Einheiten: Sigmoid-/tanh-Ausgaben kleben an ihren Grenzen</translation>
    </message>
    <message>
        <source>Symmetric units: every unit of a layer computes the same thing</source>
        <translation>Symmetrische Einheiten: jede Einheit einer Schicht berechnet dasselbe</translation>
    </message>
    <message>
        <source>Learning rate too high: the loss jumps or diverges</source>
        <translation>Lernrate zu hoch: der Verlust springt oder divergiert</translation>
    </message>
    <message>
        <source>Learning rate too low: the loss falls, but very slowly</source>
        <translation>Lernrate zu niedrig: der Verlust sinkt, aber sehr langsam</translation>
    </message>
    <message>
        <source>Use ReLU in the hidden layers with He initialisation</source>
        <translation>ReLU in den verborgenen Schichten mit He-Initialisierung verwenden</translation>
    </message>
    <message>
        <source>Initialise each layer for its activation (Glorot for sigmoid/tanh, He for ReLU)</source>
        <translation>Jede Schicht passend zu ihrer Aktivierung initialisieren (Glorot für Sigmoid/tanh, He für ReLU)</translation>
    </message>
    <message>
        <source>Initialise with Glorot</source>
        <translation>Mit Glorot initialisieren</translation>
    </message>
    <message>
        <source>Initialise ReLU layers with He and zero biases</source>
        <translation>ReLU-Schichten mit He initialisieren, Biases mit null</translation>
    </message>
    <message>
        <source>Initialise the weights at random to break the symmetry</source>
        <translation>Die Gewichte zufällig initialisieren, um die Symmetrie zu brechen</translation>
    </message>
    <message>
        <source>Use leaky ReLU: its gradient is never 0, so units can recover</source>
        <translation>Leaky ReLU verwenden: ihr Gradient ist nie 0, so können sich Einheiten erholen</translation>
    </message>
    <message>
        <source>Clip the gradient norm to 1</source>
        <translation>Die Gradientennorm auf 1 begrenzen</translation>
    </message>
    <message>
        <source>Add batch normalisation between the hidden layers</source>
        <translation>Batch-Normalisierung zwischen den verborgenen Schichten einfügen</translation>
    </message>
    <message>
        <source>Use fewer layers</source>
        <translation>Weniger Schichten verwenden</translation>
    </message>
    <message>
        <source>Standardise the inputs and add batch normalisation</source>
        <translation>Die Eingaben standardisieren und Batch-Normalisierung einfügen</translation>
    </message>
    <message>
        <source>Decay the learning rate over the epochs</source>
        <translation>Die Lernrate über die Epochen verringern</translation>
    </message>
    <message>
        <source>Use Adam</source>
        <translation>Adam verwenden</translation>
    </message>
    <message>
        <source>Notes error (003-07): the notes say small weights map the sigmoid to 0 &quot;the same as&quot; large weights. Small weights put z near 0, where the slope is largest (0.25); large weights saturate. Small weights vanish because many small factors multiply across layers.</source>
        <translation>Fehler im Skript (003-07): das Skript sagt, kleine Gewichte bilden die Sigmoid-Funktion „genauso wie“ große Gewichte auf 0 ab. Kleine Gewichte legen z nahe 0, wo die Steigung am größten ist (0,25); große Gewichte sättigen. Kleine Gewichte lassen den Gradienten verschwinden, weil sich über die Schichten viele kleine Faktoren multiplizieren.</translation>
    </message>
    <message>
        <source>Notes error (001-07): the notes say a too-large learning rate makes the model &quot;converge&quot;. It overshoots and can diverge: on E = (xw - y)^2 one step multiplies the error by (1 - 2 a x^2), which oscillates for a &gt; 1/(2x^2) and diverges for a &gt; 1/x^2.</source>
        <translation>Fehler im Skript (001-07): das Skript sagt, eine zu große Lernrate lasse das Modell „konvergieren“. Es schießt über und kann divergieren: bei E = (xw - y)^2 multipliziert ein Schritt den Fehler mit (1 - 2 a x^2); das oszilliert für a &gt; 1/(2x^2) und divergiert für a &gt; 1/x^2.</translation>
    </message>
    <message>
        <source>Notes error (000-10): the notes say the update ends with w_new = w_old exactly. The gradient gets tiny, not zero. They also blame tanh as much as sigmoid; tanh&apos;s slope peaks at 1 and it only vanishes where it saturates. Notes error (003-12): bias gradients are said not to vanish; dL/db[l] is the same backpropagated error as dL/dW[l] and vanishes with it (GBC §6.5).</source>
        <translation>Fehler im Skript (000-10): das Skript sagt, die Aktualisierung ende exakt mit w_new = w_old. Der Gradient wird winzig, nicht null. Außerdem macht es tanh genauso verantwortlich wie Sigmoid; die Steigung von tanh ist höchstens 1, und sie verschwindet nur dort, wo tanh sättigt. Fehler im Skript (003-12): Bias-Gradienten verschwänden angeblich nicht; dL/db[l] ist derselbe zurückpropagierte Fehler wie dL/dW[l] und verschwindet mit ihm (GBC §6.5).</translation>
    </message>
    <message>
        <source>Notes error (000-13): NaN is not &quot;a very large or very small number&quot;; it is IEEE 754 not-a-number, distinct from +-inf, and comes from overflow, log 0 or 0/0 (GBC §4.1). A NaN loss is not a dead ReLU.</source>
        <translation>Fehler im Skript (000-13): NaN ist nicht „eine sehr große oder sehr kleine Zahl“; es ist das Not-a-Number nach IEEE 754, verschieden von +-inf, und entsteht durch Überlauf, log 0 oder 0/0 (GBC §4.1). Ein NaN-Verlust ist keine tote ReLU.</translation>
    </message>
    <message>
        <source>Notes error (000-13): the notes show a log with loss: nan as dying ReLU. A dead unit outputs 0 and passes zero gradient; the loss stays finite. NaN comes from overflow, log 0 or 0/0 (GBC §4.1).</source>
        <translation>Fehler im Skript (000-13): das Skript zeigt ein Protokoll mit loss: nan als sterbende ReLU. Eine tote Einheit gibt 0 aus und gibt den Gradienten null weiter; der Verlust bleibt endlich. NaN entsteht durch Überlauf, log 0 oder 0/0 (GBC §4.1).</translation>
    </message>
    <message>
        <source>Notes error (000-26): random initialisation is justified in the notes as avoiding &quot;a false minimum&quot;. The reason is breaking symmetry: units that start equal get equal gradients and stay equal (GBC §8.4).</source>
        <translation>Fehler im Skript (000-26): das Skript begründet die zufällige Initialisierung damit, „ein falsches Minimum“ zu vermeiden. Der Grund ist das Brechen der Symmetrie: Einheiten, die gleich starten, bekommen gleiche Gradienten und bleiben gleich (GBC §8.4).</translation>
    </message>
    <message>
        <source>The gradient fades through time: the early steps of a sequence hardly teach the recurrent layer</source>
        <translation>Der Gradient verblasst über die Zeit: die frühen Schritte einer Sequenz lehren die rekurrente Schicht kaum etwas</translation>
    </message>
    <message>
        <source>Mode collapse: the generator makes only some of the real modes</source>
        <translation>Modenkollaps: der Generator erzeugt nur einige der echten Moden</translation>
    </message>
    <message>
        <source>Oscillation: the two players chase each other without settling</source>
        <translation>Oszillation: die beiden Spieler jagen einander, ohne zur Ruhe zu kommen</translation>
    </message>
    <message>
        <source>The discriminator wins too fast: it tells every generated sample apart</source>
        <translation>Der Diskriminator gewinnt zu schnell: er erkennt jedes erzeugte Beispiel</translation>
    </message>
    <message>
        <source>Use an LSTM instead of the plain RNN: its cell state carries the gradient back through time</source>
        <translation>Ein LSTM statt des einfachen RNN verwenden: sein Zellzustand trägt den Gradienten durch die Zeit zurück</translation>
    </message>
    <message>
        <source>Train on: the LSTM or GRU learns to hold its gates open, and the gradient then reaches the early steps</source>
        <translation>Weitertrainieren: das LSTM oder GRU lernt, seine Gates offen zu halten, und der Gradient erreicht dann die frühen Schritte</translation>
    </message>
    <message>
        <source>Train on shorter sequences (a shorter delay) first, then lengthen them</source>
        <translation>Zuerst auf kürzeren Sequenzen (kürzere Verzögerung) trainieren, dann verlängern</translation>
    </message>
    <message>
        <source>Use the non-saturating loss: -log D(G(z)) keeps the generator&apos;s gradient when the discriminator wins</source>
        <translation>Den nicht sättigenden Verlust verwenden: -log D(G(z)) erhält den Gradienten des Generators, wenn der Diskriminator gewinnt</translation>
    </message>
    <message>
        <source>Label the real samples 0.9 instead of 1 (one-sided label smoothing): a less sure discriminator</source>
        <translation>Die echten Beispiele mit 0,9 statt 1 beschriften (einseitige Label-Glättung): ein weniger sicherer Diskriminator</translation>
    </message>
    <message>
        <source>Reset with another seed: another start often reaches every mode</source>
        <translation>Mit einem anderen Seed zurücksetzen: ein anderer Start erreicht oft jede Mode</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop deep-learning lab for the classroom.</source>
        <translation>Ein Deep-Learning-Labor für den Unterricht.</translation>
    </message>
    <message>
        <source>Experiment file to open (.json).</source>
        <translation>Zu öffnende Experimentdatei (.json).</translation>
    </message>
    <message>
        <source>Train this many steps (batches) after opening.</source>
        <translation>Nach dem Öffnen so viele Schritte (Batches) trainieren.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>Open one concept explorer: %1.</source>
        <translation>Einen einzelnen Konzept-Explorer öffnen: %1.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--train-steps needs a whole number from 0 to %1, got &quot;%2&quot;</source>
        <translation>--train-steps braucht eine ganze Zahl von 0 bis %1, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--fail-on-nan sets the exit status of a --screenshot run: give --screenshot too</source>
        <translation>--fail-on-nan setzt den Exit-Status eines --screenshot-Laufs: bitte auch --screenshot angeben</translation>
    </message>
    <message>
        <source>only one experiment file, got &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>nur eine Experimentdatei möglich, erhalten: &quot;%1&quot; und &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Seite &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>--page shows an explorer alone: it opens no experiment file (got &quot;%1&quot;)</source>
        <translation>--page zeigt nur einen Explorer: es öffnet keine Experimentdatei (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--page shows an explorer alone: it has no docks for --dock</source>
        <translation>--page zeigt nur einen Explorer: es hat keine Bereiche für --dock</translation>
    </message>
    <message>
        <source>no dock &quot;%1&quot;</source>
        <translation>kein Bereich &quot;%1&quot;</translation>
    </message>
    <message>
        <source>training stopped: %1</source>
        <translation>Training angehalten: %1</translation>
    </message>
    <message>
        <source>With --screenshot: exit with status 1 if training stops on a NaN (the picture is still written).</source>
        <translation>Mit --screenshot: mit Status 1 beenden, wenn das Training wegen NaN anhält (das Bild wird trotzdem geschrieben).</translation>
    </message>
    <message>
        <source>Bring a dock to the front: health, init, loss, output, images, adversarial, sequence, text, hidden, inside, data, training, layer.</source>
        <translation>Einen Bereich nach vorne holen: health, init, loss, output, images, adversarial, sequence, text, hidden, inside, data, training, layer.</translation>
    </message>
</context>
<context>
    <name>nnlab::ActivationExplorer</name>
    <message>
        <source>An activation f turns a unit&apos;s weighted sum into its output. Backpropagation multiplies the error by f′, so where f′ is near 0 (shaded) almost no gradient reaches the weights below. Compare two activations side by side; hover over a plot to read both at the same x.</source>
        <translation>Eine Aktivierung f macht aus der gewichteten Summe einer Einheit ihre Ausgabe. Backpropagation multipliziert den Fehler mit f′; wo f′ nahe 0 ist (schattiert), erreicht die Gewichte darunter fast kein Gradient. Zwei Aktivierungen nebeneinander vergleichen; mit der Maus über einem Diagramm lassen sich beide an derselben Stelle x ablesen.</translation>
    </message>
</context>
<context>
    <name>nnlab::ActivationPanel</name>
    <message>
        <source>The activation to plot: every entry of the engine&apos;s activation table, computed by the same code that trains the networks.</source>
        <translation>Die zu zeichnende Aktivierung: jeder Eintrag der Aktivierungstabelle der Engine, berechnet mit demselben Code, der die Netze trainiert.</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Move the mouse over the plot to read f(x) and f′(x) at that x on both plots.</source>
        <translation>Die Maus über das Diagramm bewegen, um f(x) und f′(x) an dieser Stelle x in beiden Diagrammen abzulesen.</translation>
    </message>
    <message>
        <source>|f′(x)| &lt; 0.05: saturated, little gradient</source>
        <translation>|f′(x)| &lt; 0,05: gesättigt, kaum Gradient</translation>
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
        <translation>f(x) und f′(x) der Engine an der Mausposition.</translation>
    </message>
    <message>
        <source>The formula of the chosen activation and of its derivative.</source>
        <translation>Die Formel der gewählten Aktivierung und ihrer Ableitung.</translation>
    </message>
    <message>
        <source>Parameter “%1” of the activation (default %2).</source>
        <translation>Parameter „%1“ der Aktivierung (Standard %2).</translation>
    </message>
    <message>
        <source>No gradient:</source>
        <translation>Kein Gradient:</translation>
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
        <translation>,&amp;nbsp; kein Gradient</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialImageTiles</name>
    <message>
        <source>D(x) = %1: the discriminator&apos;s belief that this image is real</source>
        <translation>D(x) = %1: wie sehr der Diskriminator dieses Bild für echt hält</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialImageView</name>
    <message>
        <source>The generator&apos;s images of a fixed noise batch: the same noise every frame, so each image changes only because the generator learns. Click two to walk between them.</source>
        <translation>Die Bilder des Generators aus einem festen Rausch-Batch: jedes Mal dasselbe Rauschen, daher ändert sich jedes Bild nur, weil der Generator lernt. Zwei Bilder anklicken, um zwischen ihnen zu wandern.</translation>
    </message>
    <message>
        <source>New pair</source>
        <translation>Neues Paar</translation>
    </message>
    <message>
        <source>Walk between two other generated images, picked at random.</source>
        <translation>Zwischen zwei anderen, zufällig gewählten erzeugten Bildern wandern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Generated&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erzeugt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real&lt;/b&gt;</source>
        <translation>&lt;b&gt;Echt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The generator&apos;s images of the same 64 noise vectors, frame after frame: they sharpen as it learns. Mean D(x): generated %1, real %2.</source>
        <translation>Die Bilder des Generators aus denselben 64 Rauschvektoren, Mal für Mal: sie werden schärfer, während er lernt. Mittleres D(x): erzeugt %1, echt %2.</translation>
    </message>
    <message>
        <source>Images the discriminator sees as real.</source>
        <translation>Bilder, die der Diskriminator für echt hält.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latent interpolation&lt;/b&gt;: from generated image %1 (&lt;span style=&apos;color:%3&apos;&gt;blue&lt;/span&gt;) to %2 (&lt;span style=&apos;color:%4&apos;&gt;orange&lt;/span&gt;), along the straight line between their noise vectors.</source>
        <translation>&lt;b&gt;Latente Interpolation&lt;/b&gt;: vom erzeugten Bild %1 (&lt;span style=&apos;color:%3&apos;&gt;blau&lt;/span&gt;) zu %2 (&lt;span style=&apos;color:%4&apos;&gt;orange&lt;/span&gt;), entlang der Geraden zwischen ihren Rauschvektoren.</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialOverview</name>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Diskriminator</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
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
        <translation>Rauschen: zufällige Punkte z, die Eingabe des Generators (ein fester Batch, damit man die Beispiele verfolgen kann).</translation>
    </message>
    <message>
        <source>Samples: real (green) and generated (purple) points, both shown to the discriminator.</source>
        <translation>Beispiele: echte (grün) und erzeugte (violett) Punkte, beide werden dem Diskriminator gezeigt.</translation>
    </message>
    <message>
        <source>Discriminator: D(x) over the plane, green where it says &quot;real&quot;, purple where it says &quot;generated&quot;.</source>
        <translation>Diskriminator: D(x) über der Ebene, grün, wo er &quot;echt&quot; sagt, violett, wo er &quot;erzeugt&quot; sagt.</translation>
    </message>
    <message>
        <source>Predictions: D(x) from 0 (left) to 1 (right) for the real samples (top) and the generated ones (bottom).</source>
        <translation>Vorhersagen: D(x) von 0 (links) bis 1 (rechts) für die echten Beispiele (oben) und die erzeugten (unten).</translation>
    </message>
    <message>
        <source>Losses: the discriminator&apos;s (D) and the generator&apos;s (G) of the latest epoch.</source>
        <translation>Verluste: der des Diskriminators (D) und der des Generators (G) in der letzten Epoche.</translation>
    </message>
    <message>
        <source>Gradients: where the generator&apos;s loss pushes each generated sample; G follows them.</source>
        <translation>Gradienten: wohin der Verlust des Generators jedes erzeugte Beispiel schiebt; G folgt ihnen.</translation>
    </message>
    <message>
        <source>Generator: the noise grid as G bends it onto the plane (its manifold). Rest the mouse here to watch the grid morph into it.</source>
        <translation>Generator: das Rauschgitter, wie G es auf die Ebene biegt (seine Mannigfaltigkeit). Die Maus hier ruhen lassen, um zu sehen, wie sich das Gitter in sie verwandelt.</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialPlane</name>
    <message>
        <source>Generated sample %1 of %2
x %3, y %4</source>
        <translation>Erzeugtes Beispiel %1 von %2
x %3, y %4</translation>
    </message>
    <message>
        <source>Real sample %1 of %2
x %3, y %4</source>
        <translation>Echtes Beispiel %1 von %2
x %3, y %4</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialPlaneView</name>
    <message>
        <source>Samples of the distribution the generator must learn (green).</source>
        <translation>Beispiele der Verteilung, die der Generator lernen soll (grün).</translation>
    </message>
    <message>
        <source>The generator&apos;s output for a fixed batch of noise (purple): watch them move.</source>
        <translation>Die Ausgabe des Generators für einen festen Satz Rauschen (violett): beobachten Sie, wie sie wandert.</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Diskriminator</translation>
    </message>
    <message>
        <source>Behind the points: where the discriminator says &quot;real&quot; (green) or &quot;generated&quot; (purple).</source>
        <translation>Hinter den Punkten: wo der Diskriminator „echt“ (grün) oder „erzeugt“ (violett) sagt.</translation>
    </message>
    <message>
        <source>Where the generator&apos;s loss pushes each generated sample.</source>
        <translation>Wohin der Verlust des Generators jedes erzeugte Beispiel schiebt.</translation>
    </message>
    <message>
        <source>Manifold</source>
        <translation>Mannigfaltigkeit</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Slow motion</source>
        <translation>Zeitlupe</translation>
    </message>
    <message>
        <source>Walk one iteration through its ten phases, one every %1 seconds, the idle parts dimmed. Click again to pause inside the iteration; Play goes on from there.</source>
        <translation>Eine Iteration durch ihre zehn Phasen gehen, eine alle %1 Sekunden, die ruhenden Teile abgedunkelt. Erneut klicken hält innerhalb der Iteration an; Start macht von dort weiter.</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>One phase of the iteration, then stop.</source>
        <translation>Eine Phase der Iteration, dann anhalten.</translation>
    </message>
    <message>
        <source>What goes wrong in this game, with the evidence and a remedy to try.</source>
        <translation>Was in diesem Spiel schiefgeht, mit den Belegen und einer Abhilfe zum Ausprobieren.</translation>
    </message>
    <message>
        <source>No problem found in the game so far: no mode collapse, no oscillation, and the discriminator does not win too fast.</source>
        <translation>Bisher kein Problem im Spiel gefunden: kein Modenkollaps, keine Oszillation, und der Diskriminator gewinnt nicht zu schnell.</translation>
    </message>
    <message>
        <source>Step D</source>
        <translation>Schritt D</translation>
    </message>
    <message>
        <source>One update of the discriminator only; the generator stays as it is.</source>
        <translation>Nur eine Aktualisierung des Diskriminators; der Generator bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Step G</source>
        <translation>Schritt G</translation>
    </message>
    <message>
        <source>One update of the generator only; the discriminator stays as it is.</source>
        <translation>Nur eine Aktualisierung des Generators; der Diskriminator bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Iterations trained: in each, the discriminator takes its D steps, then the generator its G steps.</source>
        <translation>Trainierte Iterationen: In jeder macht der Diskriminator seine D-Schritte, dann der Generator seine G-Schritte.</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>The noise grid as the generator bends it onto the plane; a cell is darker where the generator puts more samples.</source>
        <translation>Das Rauschgitter, wie der Generator es auf die Ebene biegt; eine Zelle ist dunkler, wo der Generator mehr Beispiele hinlegt.</translation>
    </message>
</context>
<context>
    <name>nnlab::AdversarialSettingsPanel</name>
    <message>
        <source>Single Gaussian</source>
        <translation>Einzelne Gauß-Verteilung</translation>
    </message>
    <message>
        <source>Mixture of Gaussians</source>
        <translation>Mischung von Gauß-Verteilungen</translation>
    </message>
    <message>
        <source>Simple line</source>
        <translation>Einfache Linie</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Three disjoint regions</source>
        <translation>Drei getrennte Bereiche</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Grid of Gaussians</source>
        <translation>Gitter von Gauß-Verteilungen</translation>
    </message>
    <message>
        <source>The settings of a generative adversarial network: open one from File &gt; Examples (Generative adversarial networks).</source>
        <translation>Die Einstellungen eines Generative Adversarial Network: eines öffnen über Datei &gt; Beispiele (Generative adversarial networks).</translation>
    </message>
    <message>
        <source>The real data the generator must learn to imitate.</source>
        <translation>Die echten Daten, die der Generator nachahmen lernen muss.</translation>
    </message>
    <message>
        <source>Real data</source>
        <translation>Echte Daten</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gauß</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>The noise the generator turns into samples: N(0, 1) or uniform on (-1, 1).</source>
        <translation>Das Rauschen, aus dem der Generator Beispiele macht: N(0, 1) oder gleichverteilt auf (-1, 1).</translation>
    </message>
    <message>
        <source>1: the generator draws a curve; 2: it warps a plane.</source>
        <translation>1: Der Generator zeichnet eine Kurve; 2: Er verbiegt eine Ebene.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Non-saturating (log loss)</source>
        <translation>Nicht sättigend (Log-Verlust)</translation>
    </message>
    <message>
        <source>Minimax (log loss)</source>
        <translation>Minimax (Log-Verlust)</translation>
    </message>
    <message>
        <source>Least squares</source>
        <translation>Kleinste Quadrate</translation>
    </message>
    <message>
        <source>Non-saturating, the default: the generator maximises log D(G(z)) instead of minimising log(1 - D(G(z))), so it still gets a gradient while the discriminator wins.</source>
        <translation>Nicht sättigend, die Voreinstellung: Der Generator maximiert log D(G(z)), statt log(1 - D(G(z))) zu minimieren, und bekommt so noch einen Gradienten, solange der Diskriminator gewinnt.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Label smoothing (real = 0.9)</source>
        <translation>Label-Glättung (echt = 0,9)</translation>
    </message>
    <message>
        <source>One-sided label smoothing: the real samples are labelled 0.9 instead of 1. A discriminator that is never quite sure gives the generator gentler gradients.</source>
        <translation>Einseitige Label-Glättung: Echte Beispiele werden mit 0,9 statt 1 markiert. Ein Diskriminator, der nie ganz sicher ist, gibt dem Generator sanftere Gradienten.</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>D-Lernrate</translation>
    </message>
    <message>
        <source>The discriminator&apos;s learning rate.</source>
        <translation>Die Lernrate des Diskriminators.</translation>
    </message>
    <message>
        <source>D steps</source>
        <translation>D-Schritte</translation>
    </message>
    <message>
        <source>Discriminator updates per iteration.</source>
        <translation>Aktualisierungen des Diskriminators je Iteration.</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>G-Lernrate</translation>
    </message>
    <message>
        <source>The generator&apos;s learning rate.</source>
        <translation>Die Lernrate des Generators.</translation>
    </message>
    <message>
        <source>G steps</source>
        <translation>G-Schritte</translation>
    </message>
    <message>
        <source>Generator updates per iteration.</source>
        <translation>Aktualisierungen des Generators je Iteration.</translation>
    </message>
    <message>
        <source>Real data: %1</source>
        <translation>Echte Daten: %1</translation>
    </message>
    <message>
        <source>Noise: %1</source>
        <translation>Rauschen: %1</translation>
    </message>
    <message>
        <source>Noise dimension %1</source>
        <translation>Rauschdimension %1</translation>
    </message>
    <message>
        <source>Loss: %1</source>
        <translation>Verlust: %1</translation>
    </message>
    <message>
        <source>Label smoothing on</source>
        <translation>Label-Glättung an</translation>
    </message>
    <message>
        <source>Label smoothing off</source>
        <translation>Label-Glättung aus</translation>
    </message>
    <message>
        <source>D learning rate %1</source>
        <translation>D-Lernrate %1</translation>
    </message>
    <message>
        <source>G learning rate %1</source>
        <translation>G-Lernrate %1</translation>
    </message>
    <message>
        <source>D steps %1</source>
        <translation>D-Schritte %1</translation>
    </message>
    <message>
        <source>G steps %1</source>
        <translation>G-Schritte %1</translation>
    </message>
    <message>
        <source>Draw the real data</source>
        <translation>Echte Daten zeichnen</translation>
    </message>
    <message>
        <source>Use drawing</source>
        <translation>Zeichnung verwenden</translation>
    </message>
    <message>
        <source>Make the drawing the real data the generator must learn (one step in Edit &gt; Undo).</source>
        <translation>Die Zeichnung wird zu den echten Daten, die der Generator lernen muss (ein Schritt in Bearbeiten &gt; Rückgängig).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Wipe the pad; the real data stays as it is until you use a new drawing.</source>
        <translation>Die Zeichenfläche leeren; die echten Daten bleiben, bis eine neue Zeichnung verwendet wird.</translation>
    </message>
    <message>
        <source>The pad is empty: draw some strokes first, then press Use drawing.</source>
        <translation>Die Zeichenfläche ist leer: Zuerst ein paar Striche zeichnen, dann „Zeichnung verwenden“ drücken.</translation>
    </message>
    <message>
        <source>Real data: drawn (%1 points)</source>
        <translation>Echte Daten: gezeichnet (%1 Punkte)</translation>
    </message>
    <message>
        <source>The generator now learns your drawing.</source>
        <translation>Der Generator lernt jetzt die Zeichnung.</translation>
    </message>
    <message>
        <source>D optimizer</source>
        <translation>D-Optimierer</translation>
    </message>
    <message>
        <source>The discriminator&apos;s optimizer; changing it keeps the weights and starts the optimizer&apos;s state (e.g. Adam&apos;s moments) again.</source>
        <translation>Der Optimierer des Diskriminators; ein Wechsel behält die Gewichte und startet den Optimiererzustand (z. B. die Momente von Adam) neu.</translation>
    </message>
    <message>
        <source>G optimizer</source>
        <translation>G-Optimierer</translation>
    </message>
    <message>
        <source>The generator&apos;s optimizer; changing it keeps the weights and starts the optimizer&apos;s state (e.g. Adam&apos;s moments) again.</source>
        <translation>Der Optimierer des Generators; ein Wechsel behält die Gewichte und startet den Optimiererzustand (z. B. die Momente von Adam) neu.</translation>
    </message>
    <message>
        <source>D optimizer: %1</source>
        <translation>D-Optimierer: %1</translation>
    </message>
    <message>
        <source>G optimizer: %1</source>
        <translation>G-Optimierer: %1</translation>
    </message>
    <message>
        <source>GAN Lab&apos;s learning rates: pick one, or type any other into the box.</source>
        <translation>Die Lernraten von GAN Lab: eine wählen oder eine beliebige andere ins Feld tippen.</translation>
    </message>
    <message>
        <source>An image GAN&apos;s generator and discriminator (flatten, reshape, dense or convolution layers) are set in its experiment file; the settings above apply as for points.</source>
        <translation>Generator und Diskriminator eines Bild-GAN (Abflachen-, Umform-, Dense- oder Faltungsschichten) werden in seiner Experimentdatei festgelegt; die Einstellungen oben gelten wie bei Punkten.</translation>
    </message>
</context>
<context>
    <name>nnlab::AllHiddenLayersBox</name>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>All hidden layers</source>
        <translation>Alle verborgenen Schichten</translation>
    </message>
    <message>
        <source>Set the activation of every hidden layer at once; one step to undo.</source>
        <translation>Die Aktivierung aller verborgenen Schichten auf einmal setzen; in einem Schritt rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Set the weight initializer of every hidden layer at once; the layers it changes start again from new weights.</source>
        <translation>Die Gewichtsinitialisierung aller verborgenen Schichten auf einmal setzen; die geänderten Schichten beginnen wieder mit neuen Gewichten.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Weight initializer</source>
        <translation>Gewichtsinitialisierung</translation>
    </message>
    <message>
        <source>The network has no hidden layer; add one with + on the canvas.</source>
        <translation>Das Netz hat keine verborgene Schicht; mit + im Netz eine hinzufügen.</translation>
    </message>
</context>
<context>
    <name>nnlab::AugmentPreview</name>
    <message>
        <source>Training images as the network sees them (left) and augmented copies as a training batch gets them: each time an image is used it is moved, mirrored, turned and made noisy anew.</source>
        <translation>Trainingsbilder, wie das Netz sie sieht (links), und augmentierte Kopien, wie ein Trainings-Batch sie bekommt: bei jeder Verwendung wird ein Bild neu verschoben, gespiegelt, gedreht und verrauscht.</translation>
    </message>
    <message>
        <source>The images appear when the data is loaded.</source>
        <translation>Die Bilder erscheinen, sobald die Daten geladen sind.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Augmented copies</source>
        <translation>Augmentierte Kopien</translation>
    </message>
    <message>
        <source>No augmentation</source>
        <translation>Keine Augmentierung</translation>
    </message>
</context>
<context>
    <name>nnlab::BatchRacePanel</name>
    <message>
        <source>The learning rate all three runners share; a change restarts them.</source>
        <translation>Die Lernrate, die alle drei Läufer teilen; eine Änderung startet sie neu.</translation>
    </message>
    <message>
        <source>Samples per update of the mini-batch runner (batch GD uses all, SGD one).</source>
        <translation>Beispiele pro Aktualisierung des Mini-Batch-Läufers (Batch-GD nimmt alle, SGD eines).</translation>
    </message>
    <message>
        <source>Decay lr/(1 + epoch) for B &lt; N</source>
        <translation>Abnahme lr/(1 + Epoche) für B &lt; N</translation>
    </message>
    <message>
        <source>Shrink the noisy runners&apos; rate after every epoch, which SGD needs to settle; batch GD&apos;s exact gradient needs no decay.</source>
        <translation>Die Rate der verrauschten Läufer nach jeder Epoche verkleinern; das braucht SGD, um zur Ruhe zu kommen. Der exakte Gradient von Batch-GD braucht keine Abnahme.</translation>
    </message>
    <message>
        <source>per update</source>
        <translation>pro Aktualisierung</translation>
    </message>
    <message>
        <source>per epoch</source>
        <translation>pro Epoche</translation>
    </message>
    <message>
        <source>Plot the loss against updates, or against epochs (passes over the data), which is fairer on cost.</source>
        <translation>Den Verlust über den Aktualisierungen oder über den Epochen (Durchgängen durch die Daten) zeichnen; Letzteres ist beim Aufwand fairer.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Every runner makes one update from its next mini-batch.</source>
        <translation>Jeder Läufer macht eine Aktualisierung mit seinem nächsten Mini-Batch.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Run the updates continuously; click again to pause.</source>
        <translation>Die Aktualisierungen laufend ausführen; erneut klicken zum Anhalten.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Put every runner back on the start point.</source>
        <translation>Jeden Läufer zurück auf den Startpunkt setzen.</translation>
    </message>
    <message>
        <source>New data</source>
        <translation>Neue Daten</translation>
    </message>
    <message>
        <source>Draw a new noisy data set from the same line.</source>
        <translation>Einen neuen verrauschten Datensatz von derselben Geraden ziehen.</translation>
    </message>
    <message>
        <source>Updates made so far by every runner.</source>
        <translation>Bisherige Aktualisierungen jedes Läufers.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>Mini-Batch</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>The mean squared error of the line y = w x + b over (w, b); click to move the start.</source>
        <translation>Der mittlere quadratische Fehler der Geraden y = w x + b über (w, b); klicken, um den Start zu verschieben.</translation>
    </message>
    <message>
        <source>The data and each runner&apos;s current line.</source>
        <translation>Die Daten und die aktuelle Gerade jedes Läufers.</translation>
    </message>
    <message>
        <source>The loss on the whole data set after each update.</source>
        <translation>Der Verlust auf dem ganzen Datensatz nach jeder Aktualisierung.</translation>
    </message>
    <message>
        <source>E − E*</source>
        <translation>E − E*</translation>
    </message>
    <message>
        <source>Updates per epoch and the mean angle between each runner&apos;s gradient and the exact one.</source>
        <translation>Aktualisierungen pro Epoche und der mittlere Winkel zwischen dem Gradienten jedes Läufers und dem exakten.</translation>
    </message>
    <message>
        <source>E(w, b) = &lt;sup&gt;1&lt;/sup&gt;&amp;frasl;&lt;sub&gt;N&lt;/sub&gt; &amp;sum;&lt;sub&gt;i&lt;/sub&gt; (w&amp;thinsp;x&lt;sub&gt;i&lt;/sub&gt; + b &amp;minus; y&lt;sub&gt;i&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;. All three take the engine&apos;s SGD step w &amp;larr; w &amp;minus; &amp;eta;&amp;thinsp;g. &lt;b&gt;Batch GD&lt;/b&gt; uses the exact gradient of the training loss (one update per epoch); &lt;b&gt;mini-batch&lt;/b&gt; and &lt;b&gt;stochastic&lt;/b&gt; GD use estimates from B samples: noisier, but N/B updates per epoch. With a constant rate SGD keeps jittering around the minimum ★; tick &lt;i&gt;Decay&lt;/i&gt; to let it settle.</source>
        <translation>E(w, b) = &lt;sup&gt;1&lt;/sup&gt;&amp;frasl;&lt;sub&gt;N&lt;/sub&gt; &amp;sum;&lt;sub&gt;i&lt;/sub&gt; (w&amp;thinsp;x&lt;sub&gt;i&lt;/sub&gt; + b &amp;minus; y&lt;sub&gt;i&lt;/sub&gt;)&lt;sup&gt;2&lt;/sup&gt;. Alle drei machen den SGD-Schritt der Engine w &amp;larr; w &amp;minus; &amp;eta;&amp;thinsp;g. &lt;b&gt;Batch-GD&lt;/b&gt; verwendet den exakten Gradienten des Trainingsverlusts (eine Aktualisierung pro Epoche); &lt;b&gt;Mini-Batch&lt;/b&gt;- und &lt;b&gt;stochastisches&lt;/b&gt; GD verwenden Schätzungen aus B Beispielen: verrauschter, aber N/B Aktualisierungen pro Epoche. Mit konstanter Rate zittert SGD dauerhaft um das Minimum ★; &lt;i&gt;Abnahme&lt;/i&gt; ankreuzen, damit es zur Ruhe kommt.</translation>
    </message>
    <message>
        <source>batch GD (B = %1)</source>
        <translation>Batch-GD (B = %1)</translation>
    </message>
    <message>
        <source>stochastic GD (B = 1)</source>
        <translation>stochastisches GD (B = 1)</translation>
    </message>
    <message>
        <source>mini-batch GD (B = %1)</source>
        <translation>Mini-Batch-GD (B = %1)</translation>
    </message>
    <message>
        <source>1 update per epoch</source>
        <translation>1 Aktualisierung pro Epoche</translation>
    </message>
    <message>
        <source>%1 updates per epoch</source>
        <translation>%1 Aktualisierungen pro Epoche</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; %2: %3, mean angle to the exact gradient %4&amp;deg;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; %2: %3, mittlerer Winkel zum exakten Gradienten %4&amp;deg;</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>Aktualisierung %1</translation>
    </message>
    <message>
        <source>the notes list “approximate gradients” as a drawback of batch GD; batch GD uses the exact gradient, the estimates belong to SGD and mini-batches.</source>
        <translation>das Skript führt „approximierte Gradienten“ als Nachteil von Batch-GD auf; Batch-GD verwendet den exakten Gradienten, die Schätzungen gehören zu SGD und Mini-Batches.</translation>
    </message>
</context>
<context>
    <name>nnlab::CanvasLegend</name>
    <message>
        <source>Colours on the network: a neuron&apos;s picture is its output over the input plane, an edge is a weight, the small square at a neuron&apos;s lower left its bias; orange is negative, blue positive.</source>
        <translation>Farben im Netz: das Bild eines Neurons ist seine Ausgabe über der Eingabeebene, eine Kante ist ein Gewicht, das kleine Quadrat unten links am Neuron sein Bias; orange ist negativ, blau positiv.</translation>
    </message>
    <message>
        <source>output, weight, bias</source>
        <translation>Ausgabe, Gewicht, Bias</translation>
    </message>
    <message>
        <source>width: |weight|</source>
        <translation>Breite: |Gewicht|</translation>
    </message>
    <message>
        <source>weight 0</source>
        <translation>Gewicht 0</translation>
    </message>
</context>
<context>
    <name>nnlab::CapacityExplorer</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>The true function the noisy points are drawn around.</source>
        <translation>Die wahre Funktion, um die herum die verrauschten Punkte gezogen werden.</translation>
    </message>
    <message>
        <source>Training points; more data lets a flexible model overfit less.</source>
        <translation>Trainingspunkte; mit mehr Daten neigt ein flexibles Modell weniger zur Überanpassung.</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to every y.</source>
        <translation>Standardabweichung des Gauß-Rauschens, das zu jedem y addiert wird.</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Neue Stichprobe</translation>
    </message>
    <message>
        <source>Draw new training and validation points from the same function.</source>
        <translation>Neue Trainings- und Validierungspunkte aus derselben Funktion ziehen.</translation>
    </message>
    <message>
        <source>The polynomial degree: the model&apos;s capacity.</source>
        <translation>Der Grad des Polynoms: die Kapazität des Modells.</translation>
    </message>
    <message>
        <source>L2 strength λ₂ (log scale; far left is off).</source>
        <translation>L2-Stärke λ₂ (log. Skala; ganz links ist aus).</translation>
    </message>
    <message>
        <source>L1 strength λ₁ (log scale; far left is off).</source>
        <translation>L1-Stärke λ₁ (log. Skala; ganz links ist aus).</translation>
    </message>
    <message>
        <source>True function</source>
        <translation>Wahre Funktion</translation>
    </message>
    <message>
        <source>Training points</source>
        <translation>Trainingspunkte</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Rauschen σ</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
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
        <translation>Die Fehler der aktuellen Anpassung und wie viele Koeffizienten L1 auf genau null gesetzt hat.</translation>
    </message>
    <message>
        <source>Model y&amp;#770; = c&lt;sub&gt;0&lt;/sub&gt; + c&lt;sub&gt;1&lt;/sub&gt;x + &amp;hellip; + c&lt;sub&gt;d&lt;/sub&gt;x&lt;sup&gt;d&lt;/sup&gt; on x &amp;isin; [&amp;minus;1, 1], fitted by minimising J = MSE + &amp;lambda;&lt;sub&gt;2&lt;/sub&gt;&amp;sum;c&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; + &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;&amp;sum;|c&lt;sub&gt;k&lt;/sub&gt;| over k &amp;ge; 1 (the engine&apos;s convention: no &amp;frac12;, no 1/n; the intercept c&lt;sub&gt;0&lt;/sub&gt; is not penalised). Low degree underfits, high degree overfits: training error keeps falling while validation error turns up. &lt;b&gt;L2&lt;/b&gt; (closed form) shrinks every coefficient smoothly. &lt;b&gt;L1&lt;/b&gt; is solved by coordinate descent (finished by an exact solve on its support) whose soft-threshold step c&lt;sub&gt;k&lt;/sub&gt; &amp;larr; S(z, &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;/2) / (G&lt;sub&gt;kk&lt;/sub&gt; + &amp;lambda;&lt;sub&gt;2&lt;/sub&gt;) returns exactly 0 whenever |z| &amp;le; &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;/2, so unneeded powers drop out (&amp;times; marks); a plain gradient step on &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;|c| would only jitter around 0.</source>
        <translation>Modell y&amp;#770; = c&lt;sub&gt;0&lt;/sub&gt; + c&lt;sub&gt;1&lt;/sub&gt;x + &amp;hellip; + c&lt;sub&gt;d&lt;/sub&gt;x&lt;sup&gt;d&lt;/sup&gt; auf x &amp;isin; [&amp;minus;1, 1], angepasst durch Minimieren von J = MSE + &amp;lambda;&lt;sub&gt;2&lt;/sub&gt;&amp;sum;c&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt; + &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;&amp;sum;|c&lt;sub&gt;k&lt;/sub&gt;| über k &amp;ge; 1 (Konvention der Engine: kein &amp;frac12;, kein 1/n; der Achsenabschnitt c&lt;sub&gt;0&lt;/sub&gt; wird nicht bestraft). Ein niedriger Grad passt sich zu wenig an, ein hoher zu stark: der Trainingsfehler sinkt weiter, während der Validierungsfehler wieder steigt. &lt;b&gt;L2&lt;/b&gt; (geschlossene Lösung) verkleinert jeden Koeffizienten gleichmäßig. &lt;b&gt;L1&lt;/b&gt; wird durch Koordinatenabstieg gelöst (abgeschlossen durch eine exakte Lösung auf seinem Träger), dessen Soft-Threshold-Schritt c&lt;sub&gt;k&lt;/sub&gt; &amp;larr; S(z, &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;/2) / (G&lt;sub&gt;kk&lt;/sub&gt; + &amp;lambda;&lt;sub&gt;2&lt;/sub&gt;) genau 0 liefert, sobald |z| &amp;le; &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;/2, sodass unnötige Potenzen wegfallen (&amp;times;-Markierungen); ein einfacher Gradientenschritt auf &amp;lambda;&lt;sub&gt;1&lt;/sub&gt;|c| würde nur um 0 herum zittern.</translation>
    </message>
    <message>
        <source>The data, the true function and the fitted polynomial.</source>
        <translation>Die Daten, die wahre Funktion und das angepasste Polynom.</translation>
    </message>
    <message>
        <source>true function</source>
        <translation>wahre Funktion</translation>
    </message>
    <message>
        <source>validation points</source>
        <translation>Validierungspunkte</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>Trainingspunkte</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Training and validation error of every degree under the current penalties; the shading is the gap.</source>
        <translation>Trainings- und Validierungsfehler jedes Grades mit den aktuellen Straftermen; die Schattierung ist die Lücke.</translation>
    </message>
    <message>
        <source>degree (capacity)</source>
        <translation>Grad (Kapazität)</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>best validation</source>
        <translation>beste Validierung</translation>
    </message>
    <message>
        <source>The fitted coefficients c₀ .. c_d; × marks those that are exactly zero.</source>
        <translation>Die angepassten Koeffizienten c₀ .. c_d; × markiert die, die genau null sind.</translation>
    </message>
    <message>
        <source>k (coefficient of xᵏ)</source>
        <translation>k (Koeffizient von xᵏ)</translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation>Koeffizient</translation>
    </message>
    <message>
        <source>exactly 0</source>
        <translation>genau 0</translation>
    </message>
    <message>
        <source>Degree %1: training MSE &lt;b&gt;%2&lt;/b&gt;, validation MSE &lt;b&gt;%3&lt;/b&gt;; best validation at degree %4.</source>
        <translation>Grad %1: Trainings-MSE &lt;b&gt;%2&lt;/b&gt;, Validierungs-MSE &lt;b&gt;%3&lt;/b&gt;; beste Validierung bei Grad %4.</translation>
    </message>
    <message>
        <source>L1: %1 of %2 penalised coefficients are exactly 0.</source>
        <translation>L1: %1 von %2 bestraften Koeffizienten sind genau 0.</translation>
    </message>
    <message>
        <source>(Coordinate descent stopped before full convergence.)</source>
        <translation>(Der Koordinatenabstieg endete vor der vollen Konvergenz.)</translation>
    </message>
    <message>
        <source>fit, degree %1</source>
        <translation>Anpassung, Grad %1</translation>
    </message>
</context>
<context>
    <name>nnlab::ClassroomAction</name>
    <message>
        <source>&amp;Hide Controls for the Class…</source>
        <translation>Bedienelemente für die Klasse &amp;ausblenden…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Hide Controls for the Class (%n hidden)…</source>
        <translation>
            <numerusform>Bedienelemente für die Klasse &amp;ausblenden (%n ausgeblendet)…</numerusform>
            <numerusform>Bedienelemente für die Klasse &amp;ausblenden (%n ausgeblendet)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose which controls students see; the choice is saved with the experiment.</source>
        <translation>Auswählen, welche Bedienelemente die Lernenden sehen; die Auswahl wird mit dem Experiment gespeichert.</translation>
    </message>
    <message>
        <source>Hide controls for the class</source>
        <translation>Bedienelemente für die Klasse ausblenden</translation>
    </message>
</context>
<context>
    <name>nnlab::ClassroomDialog</name>
    <message>
        <source>Running</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Network and output</source>
        <translation>Netz und Ausgabe</translation>
    </message>
    <message>
        <source>Play and pause</source>
        <translation>Start und Pause</translation>
    </message>
    <message>
        <source>Step and step epoch</source>
        <translation>Schritt und Epoche</translation>
    </message>
    <message>
        <source>Reset and restart</source>
        <translation>Zurücksetzen und Neustart</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate and the optimizer&apos;s other settings</source>
        <translation>Lernrate und die weiteren Einstellungen des Optimierers</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>Gewichts-Seed</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Lernraten-Verlauf</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Frühes Stoppen</translation>
    </message>
    <message>
        <source>Which data set</source>
        <translation>Welcher Datensatz</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Number of points</source>
        <translation>Anzahl der Punkte</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>Data seed and Regenerate</source>
        <translation>Daten-Startwert und Neu erzeugen</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Eingabemerkmale</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Adding and removing layers and neurons</source>
        <translation>Schichten und Neuronen hinzufügen und entfernen</translation>
    </message>
    <message>
        <source>Layer panel (activation, initializer, all hidden layers)</source>
        <translation>Schicht-Bereich (Aktivierung, Initialisierung, alle verborgenen Schichten)</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Testdaten zeigen</translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation>Diskretisieren</translation>
    </message>
    <message>
        <source>Hide controls for the class</source>
        <translation>Bedienelemente für die Klasse ausblenden</translation>
    </message>
    <message>
        <source>Checked controls are hidden in the window. The choice is saved with the experiment, so students who open the file see only what the lesson is about. Training is not changed.</source>
        <translation>Angehakte Bedienelemente werden im Fenster ausgeblendet. Die Auswahl wird mit dem Experiment gespeichert, sodass Lernende, die die Datei öffnen, nur sehen, worum es in der Stunde geht. Das Training ändert sich nicht.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Uncheck every box: the whole window again</source>
        <translation>Alle Haken entfernen: wieder das ganze Fenster</translation>
    </message>
</context>
<context>
    <name>nnlab::ConfusionMatrixView</name>
    <message>
        <source>Rows: the true class. Columns: the class the network chose. The diagonal is right; a dark cell off it is a pair of classes the network confuses.</source>
        <translation>Zeilen: die wahre Klasse. Spalten: die Klasse, die das Netz gewählt hat. Die Diagonale ist richtig; eine dunkle Zelle außerhalb davon ist ein Klassenpaar, das das Netz verwechselt.</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>wahre Klasse</translation>
    </message>
</context>
<context>
    <name>nnlab::ConvGridView</name>
    <message>
        <source>input %1×%2</source>
        <translation>Eingabe %1×%2</translation>
    </message>
    <message>
        <source>, padding %1</source>
        <translation>, Auffüllung %1</translation>
    </message>
    <message>
        <source>kernel %1×%1</source>
        <translation>Kern %1×%1</translation>
    </message>
    <message>
        <source>max %1×%1</source>
        <translation>Max %1×%1</translation>
    </message>
    <message>
        <source>mean %1×%1</source>
        <translation>Mittelwert %1×%1</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>output %1×%2</source>
        <translation>Ausgabe %1×%2</translation>
    </message>
</context>
<context>
    <name>nnlab::ConvolutionExplorer</name>
    <message>
        <source>WE-25: 7×7, stride 2 (the notes print 3 wrong values)</source>
        <translation>WE-25: 7×7, Schrittweite 2 (das Skript druckt 3 falsche Werte)</translation>
    </message>
    <message>
        <source>WE-25 at stride 1: the full 5×5 map</source>
        <translation>WE-25 mit Schrittweite 1: die volle 5×5-Karte</translation>
    </message>
    <message>
        <source>WE-17: sharpen kernel, first output −45</source>
        <translation>WE-17: Schärfungskern, erste Ausgabe −45</translation>
    </message>
    <message>
        <source>WE-20 / WE-22: 5×5 input, 2×2 filter → 4×4</source>
        <translation>WE-20 / WE-22: 5×5-Eingabe, 2×2-Filter → 4×4</translation>
    </message>
    <message>
        <source>Pooling [[1,3],[2,4]]: max 4, average 2.5</source>
        <translation>Pooling [[1,3],[2,4]]: Max 4, Mittelwert 2,5</translation>
    </message>
    <message>
        <source>Pooling size: 4×4, f = 2, s = 2 (notes&apos; formula error)</source>
        <translation>Pooling-Größe: 4×4, f = 2, s = 2 (Formelfehler im Skript)</translation>
    </message>
    <message>
        <source>WE-26: transposed, 3×3 → 5×5 with stride 2</source>
        <translation>WE-26: transponiert, 3×3 → 5×5 mit Schrittweite 2</translation>
    </message>
    <message>
        <source>WE-27: dilation 2</source>
        <translation>WE-27: Dilatation 2</translation>
    </message>
    <message>
        <source>Your own settings</source>
        <translation>Eigene Einstellungen</translation>
    </message>
    <message>
        <source>The worked examples of the course notes (Unit II), recomputed by the engine.</source>
        <translation>Die Rechenbeispiele aus dem Kursskript (Unit II), von der Engine nachgerechnet.</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>Transposed convolution</source>
        <translation>Transponierte Faltung</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>Global average pooling</source>
        <translation>Globales Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>The operation swept over the grid: each is the engine&apos;s layer of that name.</source>
        <translation>Die Operation, die über das Gitter läuft: jede ist die gleichnamige Schicht der Engine.</translation>
    </message>
    <message>
        <source>Input size I: the grid is I×I.</source>
        <translation>Eingabegröße I: das Gitter ist I×I.</translation>
    </message>
    <message>
        <source>Kernel (or pooling window) size K: K×K.</source>
        <translation>Größe K des Kerns (oder Pooling-Fensters): K×K.</translation>
    </message>
    <message>
        <source>Stride S: how far the window moves between outputs.</source>
        <translation>Schrittweite S: wie weit sich das Fenster zwischen zwei Ausgaben bewegt.</translation>
    </message>
    <message>
        <source>Padding P: rings of zeros around the input (for max pooling they count as −∞; for the transposed convolution P crops the output).</source>
        <translation>Auffüllung P: Ringe aus Nullen um die Eingabe (beim Max-Pooling zählen sie als −∞; bei der transponierten Faltung schneidet P die Ausgabe ab).</translation>
    </message>
    <message>
        <source>Dilation D: the kernel&apos;s taps are D pixels apart, so it spans D(K − 1) + 1.</source>
        <translation>Dilatation D: die Abgriffe des Kerns liegen D Pixel auseinander, er überspannt also D(K − 1) + 1.</translation>
    </message>
    <message>
        <source>Output padding: extra rows and columns at the bottom and right of a transposed convolution&apos;s output (smaller than the stride).</source>
        <translation>Ausgabe-Auffüllung: zusätzliche Zeilen und Spalten unten und rechts an der Ausgabe einer transponierten Faltung (kleiner als die Schrittweite).</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>box blur (K×K)</source>
        <translation>Box-Weichzeichner (K×K)</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>Gauß-Weichzeichner</translation>
    </message>
    <message>
        <source>sharpen</source>
        <translation>Schärfen</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>WE-25 kernel</source>
        <translation>WE-25-Kern</translation>
    </message>
    <message>
        <source>WE-20 filter</source>
        <translation>WE-20-Filter</translation>
    </message>
    <message>
        <source>The kernel&apos;s numbers. Identity, blur and sharpen sum to 1 and keep a flat picture as it is; edge sums to 0 and turns it black (WE-16).</source>
        <translation>Die Zahlen des Kerns. Identität, Weichzeichner und Schärfen haben die Summe 1 und lassen ein gleichmäßiges Bild unverändert; der Kantenkern hat die Summe 0 und macht es schwarz (WE-16).</translation>
    </message>
    <message>
        <source>The highlighted window is multiplied by the kernel, cell by cell, and summed into the highlighted output (pooling takes the maximum or the mean instead).</source>
        <translation>Das hervorgehobene Fenster wird Zelle für Zelle mit dem Kern multipliziert und zur hervorgehobenen Ausgabe aufsummiert (Pooling nimmt stattdessen das Maximum oder den Mittelwert).</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Sweep the kernel over the input, one output per step.</source>
        <translation>Den Kern über die Eingabe schieben, eine Ausgabe pro Schritt.</translation>
    </message>
    <message>
        <source>The output being computed: drag to step through the sweep.</source>
        <translation>Die gerade berechnete Ausgabe: ziehen, um schrittweise durch den Durchlauf zu gehen.</translation>
    </message>
    <message>
        <source>The current output written out: the products of the window and the kernel and their sum.</source>
        <translation>Die aktuelle Ausgabe ausgeschrieben: die Produkte aus Fenster und Kern und ihre Summe.</translation>
    </message>
    <message>
        <source>The output size with the numbers chosen above.</source>
        <translation>Die Ausgabegröße mit den oben gewählten Zahlen.</translation>
    </message>
    <message>
        <source>A picture drawn by the program: a disc, a square, stripes and a cross.</source>
        <translation>Ein vom Programm gezeichnetes Bild: eine Scheibe, ein Quadrat, Streifen und ein Kreuz.</translation>
    </message>
    <message>
        <source>The same operation applied to the picture by the engine&apos;s layer. Grey levels: 0 black, 1 white (edge kernels: the magnitude).</source>
        <translation>Dieselbe Operation, von der Schicht der Engine auf das Bild angewendet. Graustufen: 0 schwarz, 1 weiß (Kantenkerne: der Betrag).</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operation:</translation>
    </message>
    <message>
        <source>Input I</source>
        <translation>Eingabe I</translation>
    </message>
    <message>
        <source>Kernel K</source>
        <translation>Kern K</translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation>Schrittweite S</translation>
    </message>
    <message>
        <source>Padding P</source>
        <translation>Auffüllung P</translation>
    </message>
    <message>
        <source>Dilation D</source>
        <translation>Dilatation D</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>Ausgabe-Auffüllung</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>7×7 input, kernel [[3,4,4],[1,0,2],[−1,0,3]], stride 2, no padding: (7 − 3 + 0)/2 + 1 = 3, and the engine gives &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>7×7-Eingabe, Kern [[3,4,4],[1,0,2],[−1,0,3]], Schrittweite 2, keine Auffüllung: (7 − 3 + 0)/2 + 1 = 3, und die Engine liefert &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>the notes print [[91,110,83],[69,91,127],[44,72,74]]: 110, 83 and 127 are wrong; they are %1, %2 and %3. The notes&apos; size formula (n − f + 2p)/(s + 1) gives 1.33 here; it is (n − f + 2p)/s + 1 = 3.</source>
        <translation>das Skript druckt [[91,110,83],[69,91,127],[44,72,74]]: 110, 83 und 127 sind falsch; richtig sind %1, %2 und %3. Die Größenformel des Skripts (n − f + 2p)/(s + 1) ergibt hier 1,33; richtig ist (n − f + 2p)/s + 1 = 3.</translation>
    </message>
    <message>
        <source>The notes&apos; grid shows “3 ⁻²” in row 7, column 5: kernel superscripts printed over the cell, which holds 2 (the value that gives the notes&apos; own bottom row 44, 72, 74).</source>
        <translation>Das Gitter im Skript zeigt „3 ⁻²“ in Zeile 7, Spalte 5: über die Zelle gedruckte Hochzahlen des Kerns; die Zelle enthält 2 (der Wert, der die eigene unterste Zeile des Skripts 44, 72, 74 ergibt).</translation>
    </message>
    <message>
        <source>at stride 1 the same kernel gives the full 5×5 map %1; stride 2 keeps its rows and columns 0, 2 and 4.</source>
        <translation>mit Schrittweite 1 ergibt derselbe Kern die volle 5×5-Karte %1; Schrittweite 2 behält deren Zeilen und Spalten 0, 2 und 4.</translation>
    </message>
    <message>
        <source>the sharpen kernel on the top-left patch [[45,12,5],[22,10,35],[88,26,51]]: 45·0 + 12·(−1) + 5·0 + 22·(−1) + 10·5 + 35·(−1) + 88·0 + 26·(−1) + 51·0 = &lt;b&gt;%1&lt;/b&gt; ✓. The rest of the notes&apos; 4×4 input is in a missing figure; a 4×4 input gives 2×2.</source>
        <translation>der Schärfungskern auf dem Ausschnitt oben links [[45,12,5],[22,10,35],[88,26,51]]: 45·0 + 12·(−1) + 5·0 + 22·(−1) + 10·5 + 35·(−1) + 88·0 + 26·(−1) + 51·0 = &lt;b&gt;%1&lt;/b&gt; ✓. Der Rest der 4×4-Eingabe des Skripts steht in einer fehlenden Abbildung; eine 4×4-Eingabe ergibt 2×2.</translation>
    </message>
    <message>
        <source>the notes say the kernel is applied “by simple matrix multiplication”. It is an elementwise product and a sum (a dot product), not a matrix product.</source>
        <translation>das Skript sagt, der Kern werde „durch einfache Matrixmultiplikation“ angewendet. Es ist ein elementweises Produkt mit anschließender Summe (ein Skalarprodukt), kein Matrixprodukt.</translation>
    </message>
    <message>
        <source>5×5 input, 2×2 filter, stride 1, no padding: O = (5 − 2 + 0)/1 + 1 = 4. The first element is 1×0 + 2×1 + 2×1 + 1×2 = &lt;b&gt;%1&lt;/b&gt; ✓. Only the input&apos;s top-left 2×2 and the filter are known (the figure is missing); the other input numbers here are made up.</source>
        <translation>5×5-Eingabe, 2×2-Filter, Schrittweite 1, keine Auffüllung: O = (5 − 2 + 0)/1 + 1 = 4. Das erste Element ist 1×0 + 2×1 + 2×1 + 1×2 = &lt;b&gt;%1&lt;/b&gt; ✓. Bekannt sind nur die 2×2 oben links der Eingabe und der Filter (die Abbildung fehlt); die übrigen Eingabezahlen hier sind ausgedacht.</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>[[1,3],[2,4]] with a 2×2 window: max pooling gives &lt;b&gt;%1&lt;/b&gt;, average pooling (1 + 3 + 2 + 4)/4 = &lt;b&gt;%2&lt;/b&gt; ✓.</source>
        <translation>[[1,3],[2,4]] mit einem 2×2-Fenster: Max-Pooling ergibt &lt;b&gt;%1&lt;/b&gt;, Mittelwert-Pooling (1 + 3 + 2 + 4)/4 = &lt;b&gt;%2&lt;/b&gt; ✓.</translation>
    </message>
    <message>
        <source>4×4 map, f = 2, s = 2: ⌊(4 − 2)/2⌋ + 1 = &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>4×4-Karte, f = 2, s = 2: ⌊(4 − 2)/2⌋ + 1 = &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>the notes print the pooling output size as (n&lt;sub&gt;h&lt;/sub&gt; − f + 1)/s, which gives 1.5 here and 15.5 for their own 32×32 example, where they claim 16. The size is ⌊(n&lt;sub&gt;h&lt;/sub&gt; − f)/s⌋ + 1. The notes also say max pooling takes the maximum “from each feature map”: it is from each window.</source>
        <translation>das Skript gibt die Ausgabegröße des Poolings als (n&lt;sub&gt;h&lt;/sub&gt; − f + 1)/s an; das ergibt hier 1,5 und 15,5 für sein eigenes 32×32-Beispiel, wo es 16 behauptet. Die Größe ist ⌊(n&lt;sub&gt;h&lt;/sub&gt; − f)/s⌋ + 1. Außerdem sagt das Skript, Max-Pooling nehme das Maximum „aus jeder Feature-Map“: es ist das Maximum aus jedem Fenster.</translation>
    </message>
    <message>
        <source>transposed convolution, 3×3 input, k = 3, s = 2, p = 1: o = (3 − 1)·2 − 2·1 + 3 = &lt;b&gt;%1&lt;/b&gt; ✓. Stride 2 puts one zero between input pixels (3×3 becomes 5×5) before the kernel is applied; each input pixel stamps its value times the kernel (here the identity kernel, so the output shows the inserted zeros).</source>
        <translation>transponierte Faltung, 3×3-Eingabe, k = 3, s = 2, p = 1: o = (3 − 1)·2 − 2·1 + 3 = &lt;b&gt;%1&lt;/b&gt; ✓. Schrittweite 2 setzt eine Null zwischen die Eingabepixel (aus 3×3 wird 5×5), bevor der Kern angewendet wird; jedes Eingabepixel stempelt seinen Wert mal den Kern in die Ausgabe (hier der Identitätskern, daher zeigt die Ausgabe die eingefügten Nullen).</translation>
    </message>
    <message>
        <source>dilation l = 2: the kernel skips l − 1 = 1 pixel between taps, spans k + (k − 1)(l − 1) = 5 and turns 7×7 into &lt;b&gt;%1×%1&lt;/b&gt;; it still has 9 weights.</source>
        <translation>Dilatation l = 2: der Kern überspringt l − 1 = 1 Pixel zwischen den Abgriffen, überspannt k + (k − 1)(l − 1) = 5 und macht aus 7×7 &lt;b&gt;%1×%1&lt;/b&gt;; er hat weiterhin 9 Gewichte.</translation>
    </message>
    <message>
        <source>the notes print the sum condition as s + l = p; it is s + l·t = p.</source>
        <translation>das Skript druckt die Summenbedingung als s + l = p; richtig ist s + l·t = p.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; O = ⌊(I + 2P − K) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3) / %4⌋ + 1</source>
        <translation>&lt;b&gt;Ausgabegröße&lt;/b&gt; O = ⌊(I + 2P − K) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3) / %4⌋ + 1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; O = ⌊(I + 2P − D(K − 1) − 1) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3·%4 − 1) / %5⌋ + 1 (the dilated kernel spans D(K − 1) + 1 = %6)</source>
        <translation>&lt;b&gt;Ausgabegröße&lt;/b&gt; O = ⌊(I + 2P − D(K − 1) − 1) / S⌋ + 1 = ⌊(%1 + 2·%2 − %3·%4 − 1) / %5⌋ + 1 (der dilatierte Kern überspannt D(K − 1) + 1 = %6)</translation>
    </message>
    <message>
        <source>: the numerator is %1 &amp;lt; 0, the window does not fit.</source>
        <translation>: der Zähler ist %1 &amp;lt; 0, das Fenster passt nicht.</translation>
    </message>
    <message>
        <source> = ⌊%1 / %2⌋ + 1 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation> = ⌊%1 / %2⌋ + 1 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — the division leaves %1: the last %1 row(s) and column(s) of the padded input are never covered (floor drops them).</source>
        <translation> — die Division lässt den Rest %1: die letzten %1 Zeile(n) und Spalte(n) der aufgefüllten Eingabe werden nie erfasst (das Abrunden verwirft sie).</translation>
    </message>
    <message>
        <source>&lt;br&gt;Max pooling treats the padding as −∞.</source>
        <translation>&lt;br&gt;Max-Pooling behandelt die Auffüllung als −∞.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Average pooling counts the padded zeros in the divisor K² = %1.</source>
        <translation>&lt;br&gt;Mittelwert-Pooling zählt die aufgefüllten Nullen im Teiler K² = %1 mit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; O = (I − 1)·S − 2P + D(K − 1) + output_padding + 1 = (%1 − 1)·%2 − 2·%3 + %4·%5 + %6 + 1 = &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausgabegröße&lt;/b&gt; O = (I − 1)·S − 2P + D(K − 1) + output_padding + 1 = (%1 − 1)·%2 − 2·%3 + %4·%5 + %6 + 1 = &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output size&lt;/b&gt; 1: each channel&apos;s %1×%1 map becomes its mean (h×w×n → 1×1×n).</source>
        <translation>&lt;b&gt;Ausgabegröße&lt;/b&gt; 1: die %1×%1-Karte jedes Kanals wird zu ihrem Mittelwert (h×w×n → 1×1×n).</translation>
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
        <translation>y = (Summe der %1 Werte) / %1 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>x[%1,%2] = %3 adds %3 × kernel to the output window starting at row %4, column %5 (cropped by the padding); each output is the sum of the stamps that reach it.</source>
        <translation>x[%1,%2] = %3 addiert %3 × Kern zum Ausgabefenster ab Zeile %4, Spalte %5 (durch die Auffüllung beschnitten); jede Ausgabe ist die Summe der Stempel, die sie erreichen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Global pooling leaves one number per channel: %1 for this picture.</source>
        <translation>Globales Pooling lässt eine Zahl pro Kanal übrig: %1 für dieses Bild.</translation>
    </message>
    <message>
        <source>Picture %1×%1 → %2×%3%4</source>
        <translation>Bild %1×%1 → %2×%3%4</translation>
    </message>
    <message>
        <source> (magnitude)</source>
        <translation> (Betrag)</translation>
    </message>
    <message>
        <source> (scaled)</source>
        <translation> (skaliert)</translation>
    </message>
</context>
<context>
    <name>nnlab::CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 column(s).</source>
        <translation>
            <numerusform>%n Zeile, %1 Spalte(n).</numerusform>
            <numerusform>%n Zeilen, %1 Spalte(n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The column the network learns to predict.</source>
        <translation>Die Spalte, die das Netz vorherzusagen lernt.</translation>
    </message>
    <message>
        <source>The columns the network reads; with exactly two, the data is drawn on the plane.</source>
        <translation>Die Spalten, die das Netz liest; bei genau zwei werden die Daten in der Ebene gezeichnet.</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (Text)</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number; automatic decides from the target column.</source>
        <translation>Klassifikation sagt eine Klasse voraus, Regression eine Zahl; automatisch entscheidet anhand der Zielspalte.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation>Eingabespalten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>nnlab::DataPanel</name>
    <message>
        <source>A disc of one class inside a ring of the other.</source>
        <translation>Eine Scheibe der einen Klasse in einem Ring der anderen.</translation>
    </message>
    <message>
        <source>Four quadrants: the class is the sign of x₁·x₂ (exclusive or).</source>
        <translation>Vier Quadranten: die Klasse ist das Vorzeichen von x₁·x₂ (exklusives Oder).</translation>
    </message>
    <message>
        <source>Two round clouds of points, one per class.</source>
        <translation>Zwei runde Punktwolken, eine pro Klasse.</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms: hard for a small network.</source>
        <translation>Zwei verschlungene Spiralarme: schwer für ein kleines Netz.</translation>
    </message>
    <message>
        <source>Two interlocking half circles.</source>
        <translation>Zwei ineinandergreifende Halbkreise.</translation>
    </message>
    <message>
        <source>Squares of alternating classes, like a chessboard.</source>
        <translation>Felder abwechselnder Klassen, wie ein Schachbrett.</translation>
    </message>
    <message>
        <source>K round clouds, one per class; choose K below.</source>
        <translation>K runde Wolken, eine pro Klasse; K unten wählen.</translation>
    </message>
    <message>
        <source>K interleaved spiral arms, one per class; choose K below.</source>
        <translation>K verschlungene Spiralarme, einer pro Klasse; K unten wählen.</translation>
    </message>
    <message>
        <source>Regression: the target rises evenly across the plane.</source>
        <translation>Regression: der Zielwert steigt gleichmäßig über die Ebene.</translation>
    </message>
    <message>
        <source>Regression: six bumps of positive and negative targets.</source>
        <translation>Regression: sechs Hügel mit positiven und negativen Zielwerten.</translation>
    </message>
    <message>
        <source>Import a table of numbers from a CSV file and choose its columns.</source>
        <translation>Eine Zahlentabelle aus einer CSV-Datei importieren und ihre Spalten wählen.</translation>
    </message>
    <message>
        <source>Draw your own points: click to add, right-click to remove.</source>
        <translation>Eigene Punkte zeichnen: Klick fügt hinzu, Rechtsklick entfernt.</translation>
    </message>
    <message>
        <source>Feed %1 to the network as an input; click to switch it on or off.</source>
        <translation>%1 dem Netz als Eingabe geben; Klick schaltet ein oder aus.</translation>
    </message>
    <message>
        <source>How many classes the blobs and multi-arm spiral sets have.</source>
        <translation>Wie viele Klassen die Wolken- und Mehrarm-Spiral-Daten haben.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>How much the points are jittered or their labels flipped near the boundary, in percent.</source>
        <translation>Wie stark die Punkte verwackelt oder ihre Klassen nahe der Grenze vertauscht werden, in Prozent.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>How many points the data set has, training and test together.</source>
        <translation>Wie viele Punkte der Datensatz hat, Training und Test zusammen.</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>The share of the points used for training; the rest are test points.</source>
        <translation>Der Anteil der Punkte, der zum Training dient; der Rest sind Testpunkte.</translation>
    </message>
    <message>
        <source>The data seed: the same seed always gives the same points and the same split.</source>
        <translation>Der Daten-Startwert: derselbe Wert ergibt immer dieselben Punkte und dieselbe Aufteilung.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Draw a new seed and new points; the network keeps its weights.</source>
        <translation>Neuen Startwert und neue Punkte ziehen; das Netz behält seine Gewichte.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Eingabemerkmale</translation>
    </message>
    <message>
        <source>Which functions of x₁ and x₂ the network gets as its inputs.</source>
        <translation>Welche Funktionen von x₁ und x₂ das Netz als Eingaben erhält.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Load your own table of numbers and choose the target and input columns.</source>
        <translation>Eine eigene Zahlentabelle laden und Ziel- und Eingabespalten wählen.</translation>
    </message>
    <message>
        <source>The class a click adds.</source>
        <translation>Die Klasse, die ein Klick hinzufügt.</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every drawn point.</source>
        <translation>Alle gezeichneten Punkte entfernen.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Classes %1</source>
        <translation>Klassen %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Noise %1 %</source>
        <translation>Rauschen %1 %</translation>
    </message>
    <message>
        <source>Points %1</source>
        <translation>Punkte %1</translation>
    </message>
    <message>
        <source>Training share %1 %</source>
        <translation>Trainingsanteil %1 %</translation>
    </message>
    <message>
        <source>Data seed %1</source>
        <translation>Daten-Startwert %1</translation>
    </message>
    <message>
        <source>Could not use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation>Daten neu erzeugen</translation>
    </message>
    <message>
        <source>Keep at least one input feature.</source>
        <translation>Mindestens ein Eingabemerkmal muss bleiben.</translation>
    </message>
    <message>
        <source>Feature %1 on</source>
        <translation>Merkmal %1 an</translation>
    </message>
    <message>
        <source>Feature %1 off</source>
        <translation>Merkmal %1 aus</translation>
    </message>
    <message>
        <source>Add a point of class %1</source>
        <translation>Punkt der Klasse %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove a point</source>
        <translation>Einen Punkt entfernen</translation>
    </message>
    <message>
        <source>Clear the drawn points</source>
        <translation>Gezeichnete Punkte entfernen</translation>
    </message>
    <message>
        <source>%1, on</source>
        <translation>%1, an</translation>
    </message>
    <message>
        <source>%1, off</source>
        <translation>%1, aus</translation>
    </message>
    <message>
        <source>ConvNetJS&apos;s 13 fixed points: too few for an obvious boundary.</source>
        <translation>Die 13 festen Punkte aus ConvNetJS: zu wenige für eine offensichtliche Grenze.</translation>
    </message>
    <message>
        <source>Points with coin-flip labels: nothing to learn, so a fit is memorisation (the test accuracy stays near 50 %).</source>
        <translation>Punkte mit per Münzwurf vergebenen Klassen: es gibt nichts zu lernen, eine Anpassung ist also Auswendiglernen (die Testgenauigkeit bleibt nahe 50 %).</translation>
    </message>
    <message>
        <source>Data: %1. One sample is an image of %2 (channels × height × width). Other image and sequence experiments are in File &gt; Examples.</source>
        <translation>Daten: %1. Ein Beispiel ist ein Bild von %2 (Kanäle × Höhe × Breite). Weitere Bild- und Sequenz-Experimente finden Sie unter Datei &gt; Beispiele.</translation>
    </message>
    <message>
        <source>Data: %1. One sample is a sequence of %2 (time steps × features). Other image and sequence experiments are in File &gt; Examples.</source>
        <translation>Daten: %1. Ein Beispiel ist eine Sequenz von %2 (Zeitschritte × Merkmale). Weitere Bild- und Sequenz-Experimente finden Sie unter Datei &gt; Beispiele.</translation>
    </message>
    <message>
        <source>Sequences…</source>
        <translation>Sequenzen…</translation>
    </message>
    <message>
        <source>Load sequences from a CSV file: one sequence per row, or one time step per row with a column naming the sequence.</source>
        <translation>Sequenzen aus einer CSV-Datei laden: eine Sequenz pro Zeile oder ein Zeitschritt pro Zeile mit einer Spalte, die die Sequenz benennt.</translation>
    </message>
    <message>
        <source>Images %1 × %2, colour</source>
        <translation>Bilder %1 × %2, farbig</translation>
    </message>
    <message>
        <source>Images %1 × %2, grey</source>
        <translation>Bilder %1 × %2, Graustufen</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Import an image folder: one subfolder of PNG or JPEG images per class</source>
        <translation>Einen Bildordner importieren: ein Unterordner mit PNG- oder JPEG-Bildern pro Klasse</translation>
    </message>
    <message>
        <source>How many time steps each sequence has: longer sequences are harder to remember through, and show the gradient fading over more steps.</source>
        <translation>Wie viele Zeitschritte jede Sequenz hat: über längere Sequenzen hinweg ist das Erinnern schwerer, und sie zeigen, wie der Gradient über mehr Schritte verblasst.</translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation>Zeitschritte</translation>
    </message>
    <message>
        <source>Blank steps between the symbols and the cue that asks for one of them: a plain RNN forgets past a few, an LSTM or GRU holds on longer.</source>
        <translation>Leere Schritte zwischen den Symbolen und dem Hinweis, der nach einem von ihnen fragt: ein einfaches RNN vergisst nach wenigen, ein LSTM oder GRU hält länger durch.</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Time steps %1</source>
        <translation>Zeitschritte %1</translation>
    </message>
    <message>
        <source>Recall delay %1</source>
        <translation>Verzögerung beim Erinnern %1</translation>
    </message>
    <message>
        <source>Import sequences %1</source>
        <translation>Sequenzen %1 importieren</translation>
    </message>
    <message>
        <source>Import sequences</source>
        <translation>Sequenzen importieren</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>The share of the training points held out for validation: early stopping watches their loss, so the test points stay unseen until the end. 0 % trains on all of them.</source>
        <translation>Der Anteil der Trainingspunkte, der zur Validierung zurückgehalten wird: Das frühe Stoppen beobachtet ihren Verlust, so bleiben die Testpunkte bis zum Schluss ungesehen. Bei 0 % wird mit allen trainiert.</translation>
    </message>
    <message>
        <source>Validation share %1 %</source>
        <translation>Validierungsanteil %1 %</translation>
    </message>
</context>
<context>
    <name>nnlab::DecisionMapView</name>
    <message>
        <source>The network&apos;s output over the input plane: the colour is the predicted class, its strength the confidence.</source>
        <translation>Die Ausgabe des Netzes über der Eingabeebene: die Farbe ist die vorhergesagte Klasse, ihre Stärke die Sicherheit.</translation>
    </message>
    <message>
        <source>Showing the network output</source>
        <translation>Angezeigt: die Ausgabe des Netzes</translation>
    </message>
    <message>
        <source>Which map is shown: the network&apos;s output, or the neuron under the mouse on the canvas.</source>
        <translation>Welche Karte gezeigt wird: die Ausgabe des Netzes oder das Neuron unter der Maus.</translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation>Diskretisieren</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Testdaten zeigen</translation>
    </message>
    <message>
        <source>Overlay the test points (outlined rings) next to the training points (filled dots).</source>
        <translation>Die Testpunkte (Ringe) neben den Trainingspunkten (gefüllte Punkte) einblenden.</translation>
    </message>
    <message>
        <source>P(class 1)</source>
        <translation>P(Klasse 1)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>vorhergesagter Wert</translation>
    </message>
    <message>
        <source>Showing input %1</source>
        <translation>Angezeigt: Eingabe %1</translation>
    </message>
    <message>
        <source>Showing neuron %1 of %2</source>
        <translation>Angezeigt: Neuron %1 von %2</translation>
    </message>
    <message>
        <source>neuron output</source>
        <translation>Neuronausgabe</translation>
    </message>
    <message>
        <source>This kind of model has no output over the plane</source>
        <translation>Diese Art von Modell hat keine Ausgabe über der Ebene</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Show only the predicted class (or the sign), without the confidence shading; the neuron pictures on the network too.</source>
        <translation>Nur die vorhergesagte Klasse (oder das Vorzeichen) zeigen, ohne Schattierung nach Sicherheit; gilt auch für die Neuronenbilder im Netz.</translation>
    </message>
    <message>
        <source>The network&apos;s output over the input plane. Click to add a point of the class chosen under Draw (Data panel), Shift+click for the next class; right-click or Ctrl+click removes the nearest point. Ctrl+Z takes a click back.</source>
        <translation>Die Ausgabe des Netzes über der Eingabeebene. Ein Klick fügt einen Punkt der unter Zeichnen (Bereich Daten) gewählten Klasse hinzu, Umschalt+Klick einen der nächsten Klasse; Rechtsklick oder Strg+Klick entfernt den nächstgelegenen Punkt. Strg+Z nimmt einen Klick zurück.</translation>
    </message>
    <message>
        <source>The map&apos;s units (white), joined in a chain, over the data</source>
        <translation>Einheiten der Karte (weiß) als Kette über den Daten</translation>
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
        <translation>Gleichverteilung</translation>
    </message>
    <message>
        <source>Gaussian (normal)</source>
        <translation>Gauß (Normalverteilung)</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentialverteilung</translation>
    </message>
    <message>
        <source>The distribution to sample from and to draw exactly.</source>
        <translation>Die Verteilung, aus der gezogen wird und deren exakte Kurve gezeichnet wird.</translation>
    </message>
    <message>
        <source>How many samples the histogram counts. More samples: the histogram settles on the exact curve.</source>
        <translation>Wie viele Stichprobenwerte das Histogramm zählt. Mehr Werte: das Histogramm nähert sich der exakten Kurve.</translation>
    </message>
    <message>
        <source>The random seed: the same seed draws the same samples.</source>
        <translation>Der Zufalls-Startwert: derselbe Startwert zieht dieselben Stichprobenwerte.</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>Neu ziehen</translation>
    </message>
    <message>
        <source>New samples with the next seed.</source>
        <translation>Neue Stichprobenwerte mit dem nächsten Startwert.</translation>
    </message>
    <message>
        <source>by NumPy&apos;s scale β = 1/λ</source>
        <translation>mit NumPys Skala β = 1/λ</translation>
    </message>
    <message>
        <source>NumPy&apos;s exponential(3) takes the scale β = 3 (mean 3), not the rate λ = 1/3.</source>
        <translation>NumPys exponential(3) erwartet die Skala β = 3 (Mittelwert 3), nicht die Rate λ = 1/3.</translation>
    </message>
    <message>
        <source>show the notes&apos; formula</source>
        <translation>Formel des Skripts zeigen</translation>
    </message>
    <message>
        <source>Overlay the notes&apos; density (π·σ)·exp(−z²/2) on the right axis: the same shape, but its area is far from 1.</source>
        <translation>Die Dichte aus dem Skript (π·σ)·exp(−z²/2) auf der rechten Achse einblenden: dieselbe Form, aber ihre Fläche ist weit von 1 entfernt.</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>probability / density</source>
        <translation>Wahrscheinlichkeit / Dichte</translation>
    </message>
    <message>
        <source>Bars: the samples (relative frequency, or density for continuous variables). Line or dots: the exact pmf / pdf.</source>
        <translation>Balken: die Stichprobe (relative Häufigkeit oder, bei stetigen Variablen, Dichte). Linie oder Punkte: die exakte Wahrscheinlichkeitsfunktion / Dichte.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>notes&apos; formula (right axis)</source>
        <translation>Formel des Skripts (rechte Achse)</translation>
    </message>
    <message>
        <source>Sample statistics next to the exact ones.</source>
        <translation>Kennzahlen der Stichprobe neben den exakten.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>φ = P(x = 1)</source>
        <translation>φ = P(x = 1)</translation>
    </message>
    <message>
        <source>The probability of a 1 (a head).</source>
        <translation>Die Wahrscheinlichkeit einer 1 (Kopf).</translation>
    </message>
    <message>
        <source>n trials</source>
        <translation>n Versuche</translation>
    </message>
    <message>
        <source>p per trial</source>
        <translation>p pro Versuch</translation>
    </message>
    <message>
        <source>The number of independent Bernoulli trials.</source>
        <translation>Die Zahl der unabhängigen Bernoulli-Versuche.</translation>
    </message>
    <message>
        <source>The success probability of each trial.</source>
        <translation>Die Erfolgswahrscheinlichkeit jedes Versuchs.</translation>
    </message>
    <message>
        <source>λ (expected count)</source>
        <translation>λ (erwartete Anzahl)</translation>
    </message>
    <message>
        <source>The expected number of events in the interval: the rate times the interval&apos;s length.</source>
        <translation>Die erwartete Zahl der Ereignisse im Intervall: die Rate mal die Länge des Intervalls.</translation>
    </message>
    <message>
        <source>a (low)</source>
        <translation>a (unten)</translation>
    </message>
    <message>
        <source>b (high)</source>
        <translation>b (oben)</translation>
    </message>
    <message>
        <source>The lower end of the interval.</source>
        <translation>Das untere Ende des Intervalls.</translation>
    </message>
    <message>
        <source>The upper end of the interval (above a).</source>
        <translation>Das obere Ende des Intervalls (größer als a).</translation>
    </message>
    <message>
        <source>μ (mean)</source>
        <translation>μ (Mittelwert)</translation>
    </message>
    <message>
        <source>σ (standard deviation)</source>
        <translation>σ (Standardabweichung)</translation>
    </message>
    <message>
        <source>The centre of the bell.</source>
        <translation>Die Mitte der Glocke.</translation>
    </message>
    <message>
        <source>The width of the bell: the standard deviation, not the variance.</source>
        <translation>Die Breite der Glocke: die Standardabweichung, nicht die Varianz.</translation>
    </message>
    <message>
        <source>scale β = 1/λ (mean)</source>
        <translation>Skala β = 1/λ (Mittelwert)</translation>
    </message>
    <message>
        <source>NumPy&apos;s parameter: the mean waiting time β.</source>
        <translation>Der Parameter von NumPy: die mittlere Wartezeit β.</translation>
    </message>
    <message>
        <source>rate λ</source>
        <translation>Rate λ</translation>
    </message>
    <message>
        <source>Events per unit time; the mean waiting time is 1/λ.</source>
        <translation>Ereignisse pro Zeiteinheit; die mittlere Wartezeit ist 1/λ.</translation>
    </message>
    <message>
        <source>exact pmf</source>
        <translation>exakte Wahrscheinlichkeitsfunktion</translation>
    </message>
    <message>
        <source>exact pdf</source>
        <translation>exakte Dichte</translation>
    </message>
    <message>
        <source>notes&apos; formula</source>
        <translation>Formel des Skripts</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>b must be above a.</source>
        <translation>b muss größer als a sein.</translation>
    </message>
    <message>
        <source>%1 samples: mean &lt;b&gt;%2&lt;/b&gt; (exact %3), variance &lt;b&gt;%4&lt;/b&gt; (exact %5).</source>
        <translation>%1 Stichprobenwerte: Mittelwert &lt;b&gt;%2&lt;/b&gt; (exakt %3), Varianz &lt;b&gt;%4&lt;/b&gt; (exakt %5).</translation>
    </message>
    <message>
        <source> Σ P(x) = %1.</source>
        <translation> Σ P(x) = %1.</translation>
    </message>
    <message>
        <source> Area under the pdf = %1.</source>
        <translation> Fläche unter der Dichte = %1.</translation>
    </message>
    <message>
        <source> Area under the notes&apos; curve = &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation> Fläche unter der Kurve des Skripts = &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>P(x = 1) = φ, P(x = 0) = 1 − φ, i.e. P(x) = φ&lt;sup&gt;x&lt;/sup&gt; (1 − φ)&lt;sup&gt;1−x&lt;/sup&gt;; E[x] = φ, Var[x] = φ(1 − φ).</source>
        <translation>P(x = 1) = φ, P(x = 0) = 1 − φ, also P(x) = φ&lt;sup&gt;x&lt;/sup&gt; (1 − φ)&lt;sup&gt;1−x&lt;/sup&gt;; E[x] = φ, Var[x] = φ(1 − φ).</translation>
    </message>
    <message>
        <source>P(r; n, p) = C(n, r) p&lt;sup&gt;r&lt;/sup&gt; (1 − p)&lt;sup&gt;n−r&lt;/sup&gt;: r successes in n independent trials; mean np, variance np(1 − p).</source>
        <translation>P(r; n, p) = C(n, r) p&lt;sup&gt;r&lt;/sup&gt; (1 − p)&lt;sup&gt;n−r&lt;/sup&gt;: r Erfolge in n unabhängigen Versuchen; Mittelwert np, Varianz np(1 − p).</translation>
    </message>
    <message>
        <source>P(k; λ) = λ&lt;sup&gt;k&lt;/sup&gt; e&lt;sup&gt;−λ&lt;/sup&gt; / k!: the count of events when λ are expected; mean = variance = λ.</source>
        <translation>P(k; λ) = λ&lt;sup&gt;k&lt;/sup&gt; e&lt;sup&gt;−λ&lt;/sup&gt; / k!: die Zahl der Ereignisse, wenn λ erwartet werden; Mittelwert = Varianz = λ.</translation>
    </message>
    <message>
        <source>u(x; a, b) = 1/(b − a) for a ≤ x ≤ b, else 0; mean (a + b)/2, variance (b − a)²/12.</source>
        <translation>u(x; a, b) = 1/(b − a) für a ≤ x ≤ b, sonst 0; Mittelwert (a + b)/2, Varianz (b − a)²/12.</translation>
    </message>
    <message>
        <source>N(x; μ, σ²) = exp(−(x − μ)² / (2σ²)) / (σ √(2π)); mean μ, variance σ². Its peak is 1/(σ√(2π)).</source>
        <translation>N(x; μ, σ²) = exp(−(x − μ)² / (2σ²)) / (σ √(2π)); Mittelwert μ, Varianz σ². Ihr Maximum ist 1/(σ√(2π)).</translation>
    </message>
    <message>
        <source>p(x; λ) = λ e&lt;sup&gt;−λx&lt;/sup&gt; for x ≥ 0: waiting times between events of a Poisson process; mean 1/λ = β, variance 1/λ².</source>
        <translation>p(x; λ) = λ e&lt;sup&gt;−λx&lt;/sup&gt; für x ≥ 0: Wartezeiten zwischen Ereignissen eines Poisson-Prozesses; Mittelwert 1/λ = β, Varianz 1/λ².</translation>
    </message>
    <message>
        <source>bernoulli(0.6) at x = [0, 1] gives [%1, %2] ✓; mean 0.6, variance %3.</source>
        <translation>bernoulli(0.6) bei x = [0, 1] ergibt [%1, %2] ✓; Mittelwert 0,6, Varianz %3.</translation>
    </message>
    <message>
        <source>p = 0.4: P(2; 5) = %1 and P(2; 6) = %2.</source>
        <translation>p = 0,4: P(2; 5) = %1 und P(2; 6) = %2.</translation>
    </message>
    <message>
        <source>the story tosses a biased coin “six” times, the code uses n = 5. Set n to 5 or 6 to see both.</source>
        <translation>die Geschichte wirft eine unfaire Münze „sechs“ Mal, der Code verwendet n = 5. n auf 5 oder 6 setzen, um beides zu sehen.</translation>
    </message>
    <message>
        <source>λ = 5: P(5; 5) = 5⁵ e⁻⁵ / 5! = %1; 100 samples have a mean near 5.</source>
        <translation>λ = 5: P(5; 5) = 5⁵ e⁻⁵ / 5! = %1; 100 Stichprobenwerte haben einen Mittelwert nahe 5.</translation>
    </message>
    <message>
        <source>the notes call λ the “known number of occurrences”. It is the expected count (the rate times the interval).</source>
        <translation>das Skript nennt λ die „bekannte Anzahl von Vorkommen“. Es ist die erwartete Anzahl (die Rate mal das Intervall).</translation>
    </message>
    <message>
        <source>NumPy&apos;s uniform() is U[0, 1): its histogram sits flat at 1.</source>
        <translation>NumPys uniform() ist U[0, 1): sein Histogramm liegt flach bei 1.</translation>
    </message>
    <message>
        <source>the notes call 1/(b − a) a probability. It is a density: with b − a = 0.5 it is 2, while the area stays 1.</source>
        <translation>das Skript nennt 1/(b − a) eine Wahrscheinlichkeit. Es ist eine Dichte: bei b − a = 0,5 ist sie 2, während die Fläche 1 bleibt.</translation>
    </message>
    <message>
        <source>with σ = np.std(linspace(1, 50, 100)) = 14.2872 the peak is 1/(σ√(2π)) = %1.</source>
        <translation>mit σ = np.std(linspace(1, 50, 100)) = 14,2872 ist das Maximum 1/(σ√(2π)) = %1.</translation>
    </message>
    <message>
        <source>the notes&apos; code computes (π·sd)·exp(−½((x − mean)/sd)²): peak π·sd = 44.885 and an area of about 1607, not 1. The prefactor must be 1/(sd·√(2π)). “The mean is 0” holds only for the standard normal.</source>
        <translation>der Code im Skript berechnet (π·sd)·exp(−½((x − mean)/sd)²): Maximum π·sd = 44,885 und eine Fläche von etwa 1607, nicht 1. Der Vorfaktor muss 1/(sd·√(2π)) sein. „Der Mittelwert ist 0“ gilt nur für die Standardnormalverteilung.</translation>
    </message>
    <message>
        <source>np.random.exponential(3, 1000) takes the scale β = 3: mean 3, rate λ = 1/3.</source>
        <translation>np.random.exponential(3, 1000) erwartet die Skala β = 3: Mittelwert 3, Rate λ = 1/3.</translation>
    </message>
    <message>
        <source>The notes do not say that NumPy&apos;s first argument is the scale, not the rate.</source>
        <translation>Das Skript sagt nicht, dass NumPys erstes Argument die Skala ist, nicht die Rate.</translation>
    </message>
</context>
<context>
    <name>nnlab::DistributionPad</name>
    <message>
        <source>Drag the mouse to draw where the real samples should lie.</source>
        <translation>Mit gedrückter Maustaste zeichnen, wo die echten Beispiele liegen sollen.</translation>
    </message>
    <message>
        <source>Draw here</source>
        <translation>Hier zeichnen</translation>
    </message>
</context>
<context>
    <name>nnlab::DocumentFiles</name>
    <message>
        <source>New Experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <source>Open Experiment</source>
        <translation>Experiment öffnen</translation>
    </message>
    <message>
        <source>Experiments (*.json);;All files (*)</source>
        <translation>Experimente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1: training goes on from epoch %2.</source>
        <translation>%1 geöffnet: das Training geht ab Epoche %2 weiter.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>%1 is no longer there, so it was removed from the list of recent files.</source>
        <translation>%1 ist nicht mehr vorhanden und wurde daher aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lesson opened: press Play and watch the Gradient health panel.</source>
        <translation>Lektion geöffnet: Start drücken und den Bereich Gradientengesundheit beobachten.</translation>
    </message>
    <message>
        <source>Recover Experiment</source>
        <translation>Experiment wiederherstellen</translation>
    </message>
    <message>
        <source>Could not recover from %1: %2</source>
        <translation>Wiederherstellung aus %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Recovered the experiment of %1. Save it to keep it.</source>
        <translation>Das Experiment vom %1 wurde wiederhergestellt. Zum Behalten speichern.</translation>
    </message>
    <message>
        <source>A recovery file could not be read and was set aside as %1: %2</source>
        <translation>Eine Wiederherstellungsdatei konnte nicht gelesen werden und wurde als %1 beiseitegelegt: %2</translation>
    </message>
    <message>
        <source>Recover the unsaved experiment from %1?</source>
        <translation>Das ungespeicherte Experiment vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>The lab ended without saving an untitled experiment.</source>
        <translation>Das Labor wurde beendet, ohne ein unbenanntes Experiment zu speichern.</translation>
    </message>
    <message>
        <source>The lab ended without saving changes to %1.</source>
        <translation>Das Labor wurde beendet, ohne die Änderungen an %1 zu speichern.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The experiment has changes that are not saved. Save them?</source>
        <translation>Das Experiment hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>There is no trained network yet: saved the settings without weights.</source>
        <translation>Es gibt noch kein trainiertes Netz: die Einstellungen wurden ohne Gewichte gespeichert.</translation>
    </message>
    <message>
        <source>Training runs on other settings than these (the last change failed): saved the settings without weights.</source>
        <translation>Das Training läuft mit anderen Einstellungen als diesen (die letzte Änderung ist fehlgeschlagen): die Einstellungen wurden ohne Gewichte gespeichert.</translation>
    </message>
    <message>
        <source>Save Experiment</source>
        <translation>Experiment speichern</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Experimente (*.json)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Example opened: press Play to train it.</source>
        <translation>Beispiel geöffnet: Start drücken, um es zu trainieren.</translation>
    </message>
</context>
<context>
    <name>nnlab::DrawingPad</name>
    <message>
        <source>Draw a digit with the mouse: the network&apos;s answer and its feature maps follow the pen.</source>
        <translation>Mit der Maus eine Ziffer zeichnen: die Antwort des Netzes und seine Merkmalskarten folgen dem Stift.</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Hier eine Ziffer zeichnen</translation>
    </message>
</context>
<context>
    <name>nnlab::ExportFigureDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>Export All Figures</source>
        <translation>Alle Abbildungen exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PNG is a picture of pixels; SVG and PDF keep lines and text sharp at any zoom.</source>
        <translation>PNG ist ein Bild aus Pixeln; SVG und PDF halten Linien und Text bei jeder Vergrößerung scharf.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of the PNG in pixels.</source>
        <translation>Breite des PNG in Pixeln.</translation>
    </message>
    <message>
        <source>Height of the PNG in pixels.</source>
        <translation>Höhe des PNG in Pixeln.</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Dots per inch: how large text and lines are for the size. 150 dpi suits a printed page; SVG and PDF get the same layout and printed size.</source>
        <translation>Punkte pro Zoll: wie groß Text und Linien im Verhältnis zur Bildgröße sind. 150 dpi passen für eine gedruckte Seite; SVG und PDF bekommen dasselbe Layout und dieselbe Druckgröße.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Printed size:</source>
        <translation>Druckgröße:</translation>
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
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Model as &amp;ONNX…</source>
        <translation>Modell als &amp;ONNX…</translation>
    </message>
    <message>
        <source>The trained network as an ONNX file for onnxruntime and other tools.</source>
        <translation>Das trainierte Netz als ONNX-Datei für onnxruntime und andere Werkzeuge.</translation>
    </message>
    <message>
        <source>&amp;PyTorch Script…</source>
        <translation>&amp;PyTorch-Skript…</translation>
    </message>
    <message>
        <source>A folder with train.py, the weights and the data: PyTorch rebuilds the network and goes on training.</source>
        <translation>Ein Ordner mit train.py, den Gewichten und den Daten: PyTorch baut das Netz nach und trainiert weiter.</translation>
    </message>
    <message>
        <source>Training &amp;History (CSV)…</source>
        <translation>Trainings&amp;verlauf (CSV)…</translation>
    </message>
    <message>
        <source>Loss and metric per epoch as a table, e.g. for a spreadsheet.</source>
        <translation>Verlust und Metrik pro Epoche als Tabelle, z. B. für eine Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>&amp;Weights (CSV)…</source>
        <translation>&amp;Gewichte (CSV)…</translation>
    </message>
    <message>
        <source>Every weight and bias, one line per number.</source>
        <translation>Jedes Gewicht und jeder Bias, eine Zeile pro Zahl.</translation>
    </message>
    <message>
        <source>&amp;Data Set (CSV)…</source>
        <translation>&amp;Datensatz (CSV)…</translation>
    </message>
    <message>
        <source>The training and test points as train.csv and test.csv in a folder.</source>
        <translation>Die Trainings- und Testpunkte als train.csv und test.csv in einem Ordner.</translation>
    </message>
    <message>
        <source>&amp;Report (HTML)…</source>
        <translation>&amp;Bericht (HTML)…</translation>
    </message>
    <message>
        <source>One file with the settings, the network, the curves, the output and the final metrics, e.g. for a hand-in.</source>
        <translation>Eine Datei mit den Einstellungen, dem Netz, den Kurven, der Ausgabe und den abschließenden Metriken, z. B. für eine Abgabe.</translation>
    </message>
    <message>
        <source>Report (P&amp;DF)…</source>
        <translation>Bericht (PD&amp;F)…</translation>
    </message>
    <message>
        <source>The report as a PDF document.</source>
        <translation>Der Bericht als PDF-Dokument.</translation>
    </message>
    <message>
        <source>&amp;All Figures…</source>
        <translation>&amp;Alle Abbildungen…</translation>
    </message>
    <message>
        <source>Every plot and view as PNG, SVG and PDF into one folder.</source>
        <translation>Jedes Diagramm und jede Ansicht als PNG, SVG und PDF in einen Ordner.</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard.</source>
        <translation>Abbildung in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n files to %1: %2</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert: %2</numerusform>
            <numerusform>%n Dateien nach %1 exportiert: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed:
%2</source>
        <translation>%1 fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <source>Export Model as ONNX</source>
        <translation>Modell als ONNX exportieren</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <source>ONNX export</source>
        <translation>ONNX-Export</translation>
    </message>
    <message>
        <source>Folder for the PyTorch Script</source>
        <translation>Ordner für das PyTorch-Skript</translation>
    </message>
    <message>
        <source>PyTorch export</source>
        <translation>PyTorch-Export</translation>
    </message>
    <message>
        <source>Export Training History</source>
        <translation>Trainingsverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>History export</source>
        <translation>Verlaufsexport</translation>
    </message>
    <message>
        <source>Export Weights</source>
        <translation>Gewichte exportieren</translation>
    </message>
    <message>
        <source>Weights export</source>
        <translation>Gewichtsexport</translation>
    </message>
    <message>
        <source>Folder for train.csv and test.csv</source>
        <translation>Ordner für train.csv und test.csv</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>Datenexport</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Report export</source>
        <translation>Berichtsexport</translation>
    </message>
    <message>
        <source>Folder for All Figures</source>
        <translation>Ordner für alle Abbildungen</translation>
    </message>
    <message>
        <source>Figure export</source>
        <translation>Abbildungsexport</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Not written, nothing recorded yet: %1.</source>
        <translation>Nicht geschrieben, noch nichts aufgezeichnet: %1.</translation>
    </message>
    <message>
        <source>Generated &amp;Images (PNG)…</source>
        <translation>&amp;Erzeugte Bilder (PNG)…</translation>
    </message>
    <message>
        <source>For a model with a generator (an image GAN): a grid of 64 images it makes from fresh noise.</source>
        <translation>Für ein Modell mit Generator (ein Bild-GAN): ein Raster aus 64 Bildern, die er aus frischem Rauschen erzeugt.</translation>
    </message>
    <message>
        <source>Export Generated Images</source>
        <translation>Erzeugte Bilder exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Image export</source>
        <translation>Bildexport</translation>
    </message>
</context>
<context>
    <name>nnlab::FeatureMapOverview</name>
    <message>
        <source>%1: probability %2. Click to see the softmax worked out.</source>
        <translation>%1: Wahrscheinlichkeit %2. Klicken, um die Softmax ausgerechnet zu sehen.</translation>
    </message>
    <message>
        <source>%1, value %2: %3</source>
        <translation>%1, Wert %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 values in a row</source>
        <translation>%1: %2 Werte in einer Reihe</translation>
    </message>
    <message>
        <source>%1, channel %2 (%3x%4): from %5 to %6. Click to see how it is computed.</source>
        <translation>%1, Kanal %2 (%3x%4): von %5 bis %6. Klicken, um die Berechnung zu sehen.</translation>
    </message>
</context>
<context>
    <name>nnlab::FigureExport</name>
    <message>
        <source>Could not draw the figure %1.</source>
        <translation>Die Abbildung %1 konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>nnlab::FigureMenu</name>
    <message>
        <source>Copy figure</source>
        <translation>Abbildung kopieren</translation>
    </message>
    <message>
        <source>Put this figure on the clipboard as an image (the size and DPI of the last export).</source>
        <translation>Diese Abbildung als Bild in die Zwischenablage legen (Größe und dpi des letzten Exports).</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Abbildung exportieren…</translation>
    </message>
    <message>
        <source>Save this figure as PNG, SVG or PDF.</source>
        <translation>Diese Abbildung als PNG, SVG oder PDF speichern.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
</context>
<context>
    <name>nnlab::GateActivityPlot</name>
    <message>
        <source>time step t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <source>mean gate value</source>
        <translation>mittlerer Gate-Wert</translation>
    </message>
    <message>
        <source>The mean over the units of each gate at every step: 1 = open, 0 = shut.</source>
        <translation>Der Mittelwert über die Einheiten jedes Gates bei jedem Schritt: 1 = offen, 0 = geschlossen.</translation>
    </message>
    <message>
        <source>A plain RNN has no gates: every step overwrites the whole hidden state.</source>
        <translation>Ein einfaches RNN hat keine Gates: jeder Schritt überschreibt den ganzen verborgenen Zustand.</translation>
    </message>
</context>
<context>
    <name>nnlab::GeneratedTextView</name>
    <message>
        <source>Low: the network writes the character it believes most (at 0 always the same text). High: it takes more risks and makes up new words.</source>
        <translation>Niedrig: das Netz schreibt das Zeichen, das es für am wahrscheinlichsten hält (bei 0 immer derselbe Text). Hoch: es geht mehr Risiko ein und erfindet neue Wörter.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>The text the network goes on from; characters it never saw count as empty.</source>
        <translation>Der Text, an den das Netz anknüpft; Zeichen, die es nie gesehen hat, zählen als leer.</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <source>Train a network on text (Examples, Text; or File, Open Text File) to see what it writes here, every few steps.</source>
        <translation>Ein Netz auf Text trainieren (Beispiele, Text; oder Datei, Textdatei öffnen), um hier alle paar Schritte zu sehen, was es schreibt.</translation>
    </message>
    <message>
        <source>0 (most likely)</source>
        <translation>0 (wahrscheinlichstes)</translation>
    </message>
    <message>
        <source>After step %1, temperature %2</source>
        <translation>Nach Schritt %1, Temperatur %2</translation>
    </message>
</context>
<context>
    <name>nnlab::GradientHealthPanel</name>
    <message>
        <source>Gradient norm of the first layer divided by that of the last layer. Far below 1: vanishing gradients; far above 1: exploding gradients.</source>
        <translation>Gradientennorm der ersten Schicht geteilt durch die der letzten Schicht. Weit unter 1: verschwindende Gradienten; weit über 1: explodierende Gradienten.</translation>
    </message>
    <message>
        <source>Norm of each layer&apos;s weight gradient at every recorded step, on a log axis. Early layers in blue, late layers in red.</source>
        <translation>Norm des Gewichtsgradienten jeder Schicht bei jedem aufgezeichneten Schritt, auf logarithmischer Achse. Frühe Schichten blau, späte rot.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>|dL/dW|</source>
        <translation>|dL/dW|</translation>
    </message>
    <message>
        <source>Per layer: the share of saturated outputs (sigmoid/tanh with a slope below 18 % of its peak, |z| &gt; 3 for sigmoid) and of dead units (0 on 100 samples in a row).</source>
        <translation>Pro Schicht: der Anteil gesättigter Ausgaben (Sigmoid/tanh mit einer Steigung unter 18 % ihres Maximums, |z| &gt; 3 bei Sigmoid) und toter Einheiten (0 bei 100 Beispielen in Folge).</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>saturated</source>
        <translation>gesättigt</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>The layer whose histogram is shown</source>
        <translation>Die Schicht, deren Histogramm gezeigt wird</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Gradients (log10 |g|)</source>
        <translation>Gradienten (log10 |g|)</translation>
    </message>
    <message>
        <source>Which values of the layer the histogram counts</source>
        <translation>Welche Werte der Schicht das Histogramm zählt</translation>
    </message>
    <message>
        <source>The chosen layer&apos;s histogram at the latest recorded step</source>
        <translation>Das Histogramm der gewählten Schicht beim zuletzt aufgezeichneten Schritt</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>The chosen layer&apos;s histogram over time: one column per recorded step, darker = fewer</source>
        <translation>Das Histogramm der gewählten Schicht im Zeitverlauf: eine Spalte pro aufgezeichnetem Schritt, dunkler = weniger</translation>
    </message>
    <message>
        <source>Histogram of</source>
        <translation>Histogramm von</translation>
    </message>
    <message>
        <source>log10 |g|</source>
        <translation>log10 |g|</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Train to see the gradients</source>
        <translation>Trainieren, um die Gradienten zu sehen</translation>
    </message>
    <message>
        <source>exactly 0: %1 %</source>
        <translation>genau 0: %1 %</translation>
    </message>
    <message>
        <source>The verdict&apos;s figure: the median gradient of the first layer divided by the median of the last, over the last quarter of the recorded steps. The line above is the latest step alone.</source>
        <translation>Die Zahl der Diagnose: der Median des Gradienten der ersten Schicht geteilt durch den Median der letzten, über das letzte Viertel der aufgezeichneten Schritte. Die Zeile darüber zeigt nur den neuesten Schritt.</translation>
    </message>
    <message>
        <source>First / last layer gradient at step %1: %2</source>
        <translation>Gradient erste / letzte Schicht in Schritt %1: %2</translation>
    </message>
    <message>
        <source>First / last layer gradient at step %1: – (last is 0)</source>
        <translation>Gradient erste / letzte Schicht in Schritt %1: – (letzte ist 0)</translation>
    </message>
    <message>
        <source>Median over steps %1–%2, as in the verdict: %3</source>
        <translation>Median über die Schritte %1–%2, wie in der Diagnose: %3</translation>
    </message>
</context>
<context>
    <name>nnlab::HiddenSpaceView</name>
    <message>
        <source>The layer whose neurons give the two axes</source>
        <translation>Die Schicht, deren Neuronen die beiden Achsen liefern</translation>
    </message>
    <message>
        <source>Next pair</source>
        <translation>Nächstes Paar</translation>
    </message>
    <message>
        <source>Show the next two neurons of this layer</source>
        <translation>Die nächsten zwei Neuronen dieser Schicht zeigen</translation>
    </message>
    <message>
        <source>The input plane&apos;s grid lines and the training points, placed where two neurons of the chosen layer put them. A layer that separates the classes pulls them apart here.</source>
        <translation>Die Gitterlinien der Eingabeebene und die Trainingspunkte, dort platziert, wo zwei Neuronen der gewählten Schicht sie hinlegen. Eine Schicht, die die Klassen trennt, zieht sie hier auseinander.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Shown for data of the plane: the training points as a hidden layer sees them. Press Play or Step to fill it.</source>
        <translation>Wird für Daten der Ebene gezeigt: die Trainingspunkte, wie eine verborgene Schicht sie sieht. Start oder Schritt drücken, um es zu füllen.</translation>
    </message>
    <message>
        <source>%1 has one neuron: the points on a line, at that neuron&apos;s value.</source>
        <translation>%1 hat ein Neuron: die Punkte auf einer Linie, beim Wert dieses Neurons.</translation>
    </message>
    <message>
        <source>%3. Across: neuron %1; up: neuron %2.</source>
        <translation>%3. Quer: Neuron %1; hoch: Neuron %2.</translation>
    </message>
    <message>
        <source>Grey lines: the input plane&apos;s grid, bent by the layers up to this one.</source>
        <translation>Graue Linien: das Gitter der Eingabeebene, gebogen von den Schichten bis zu dieser.</translation>
    </message>
    <message>
        <source>neuron %1</source>
        <translation>Neuron %1</translation>
    </message>
</context>
<context>
    <name>nnlab::HiddenStateMap</name>
    <message>
        <source>time step t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Hidden state h_t of every unit (rows) at every time step (columns) of the chosen sequence.</source>
        <translation>Verborgener Zustand h_t jeder Einheit (Zeilen) bei jedem Zeitschritt (Spalten) der gewählten Sequenz.</translation>
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
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Import image folder…</source>
        <translation>Bildordner importieren…</translation>
    </message>
    <message>
        <source>Train on your own pictures: choose a folder with one subfolder of PNG or JPEG images per class (shapes/circle, shapes/square, ...).</source>
        <translation>Mit eigenen Bildern trainieren: einen Ordner mit einem Unterordner von PNG- oder JPEG-Bildern pro Klasse wählen (shapes/circle, shapes/square, ...).</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The width every image of the folder is stretched to.</source>
        <translation>Die Breite, auf die jedes Bild des Ordners gestreckt wird.</translation>
    </message>
    <message>
        <source>The height every image of the folder is stretched to.</source>
        <translation>Die Höhe, auf die jedes Bild des Ordners gestreckt wird.</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Colour (RGB)</source>
        <translation>Farbe (RGB)</translation>
    </message>
    <message>
        <source>Grey images have one channel, colour images three (red, green, blue).</source>
        <translation>Graustufenbilder haben einen Kanal, Farbbilder drei (Rot, Grün, Blau).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Move each training image by up to this many pixels in x and y.</source>
        <translation>Jedes Trainingsbild um bis zu so viele Pixel in x und y verschieben.</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Mirror half of the training images left to right (not for digits or letters).</source>
        <translation>Die Hälfte der Trainingsbilder links-rechts spiegeln (nicht für Ziffern oder Buchstaben).</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Turn each training image by a random angle of up to this many degrees either way.</source>
        <translation>Jedes Trainingsbild um einen zufälligen Winkel von bis zu so vielen Grad in beide Richtungen drehen.</translation>
    </message>
    <message>
        <source>Add random noise of this standard deviation to every pixel of a training image.</source>
        <translation>Zufälliges Rauschen mit dieser Standardabweichung zu jedem Pixel eines Trainingsbilds addieren.</translation>
    </message>
    <message>
        <source>Augmentation of the training images</source>
        <translation>Augmentierung der Trainingsbilder</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
</context>
<context>
    <name>nnlab::ImageResultsPanel</name>
    <message>
        <source>This view shows test images with the network&apos;s answers. It fills in when the experiment&apos;s data are images.</source>
        <translation>Diese Ansicht zeigt Testbilder mit den Antworten des Netzes. Sie füllt sich, sobald die Daten des Experiments Bilder sind.</translation>
    </message>
    <message>
        <source>Test images and the network&apos;s answer</source>
        <translation>Testbilder und die Antwort des Netzes</translation>
    </message>
    <message>
        <source>Under each image: the class the network chose. Red: wrong, with the true class in brackets.</source>
        <translation>Unter jedem Bild: die Klasse, die das Netz gewählt hat. Rot: falsch, mit der wahren Klasse in Klammern.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Worst mistakes</source>
        <translation>Schlimmste Fehler</translation>
    </message>
    <message>
        <source>The wrong answers the network was surest of: often mislabelled or ambiguous images.</source>
        <translation>Die falschen Antworten, bei denen sich das Netz am sichersten war: oft falsch beschriftete oder mehrdeutige Bilder.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>True class: %1</source>
        <translation>Wahre Klasse: %1</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Accuracy on %1 test images: %2 % (%3 wrong).</source>
        <translation>Genauigkeit auf %1 Testbildern: %2 % (%3 falsch).</translation>
    </message>
    <message>
        <source>Worst mistakes: none, every test image shown is right</source>
        <translation>Schlimmste Fehler: keine, jedes gezeigte Testbild ist richtig</translation>
    </message>
</context>
<context>
    <name>nnlab::InitializationView</name>
    <message>
        <source>The activation of every layer</source>
        <translation>Die Aktivierung jeder Schicht</translation>
    </message>
    <message>
        <source>Number of layers</source>
        <translation>Anzahl der Schichten</translation>
    </message>
    <message>
        <source>Units per layer</source>
        <translation>Einheiten pro Schicht</translation>
    </message>
    <message>
        <source>Naive N(0, 0.05²)</source>
        <translation>Naiv N(0; 0,05²)</translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation>Glorot normalverteilt</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He normalverteilt</translation>
    </message>
    <message>
        <source>The initializer whose activation histograms the heat map shows</source>
        <translation>Die Initialisierung, deren Aktivierungshistogramme die Heatmap zeigt</translation>
    </message>
    <message>
        <source>std of activations</source>
        <translation>Std.-Abw. der Aktivierungen</translation>
    </message>
    <message>
        <source>Standard deviation of each layer&apos;s outputs at initialisation, for a batch of standard-normal inputs. Flat: the signal keeps its scale through the depth.</source>
        <translation>Standardabweichung der Ausgaben jeder Schicht bei der Initialisierung, für einen Batch standardnormalverteilter Eingaben. Flach: das Signal behält seine Größenordnung über die Tiefe.</translation>
    </message>
    <message>
        <source>std of gradients</source>
        <translation>Std.-Abw. der Gradienten</translation>
    </message>
    <message>
        <source>Standard deviation of the gradient flowing back into each layer, for a standard-normal gradient at the output.</source>
        <translation>Standardabweichung des Gradienten, der in jede Schicht zurückfließt, für einen standardnormalverteilten Gradienten an der Ausgabe.</translation>
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
        <translation>Aktivierungshistogramm jeder Schicht (eine Spalte pro Schicht) für die gewählte Initialisierung</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Histograms for</source>
        <translation>Histogramme für</translation>
    </message>
    <message>
        <source>This experiment</source>
        <translation>Dieses Experiment</translation>
    </message>
    <message>
        <source>naive</source>
        <translation>naiv</translation>
    </message>
    <message>
        <source>this experiment</source>
        <translation>dieses Experiment</translation>
    </message>
    <message>
        <source>The spread of the last layer&apos;s outputs for each initialisation: near the first layer&apos;s means the signal survives the depth.</source>
        <translation>Die Streuung der Ausgaben der letzten Schicht für jede Initialisierung: liegt sie nahe der der ersten Schicht, übersteht das Signal die Tiefe.</translation>
    </message>
    <message>
        <source>Activation std at layer %1 (layer 1 with He: %2): naive %3, Glorot %4, He %5, this experiment (%6) %7.</source>
        <translation>Std.-Abw. der Aktivierungen in Schicht %1 (Schicht 1 mit He: %2): naiv %3, Glorot %4, He %5, dieses Experiment (%6) %7.</translation>
    </message>
</context>
<context>
    <name>nnlab::KernelGallery</name>
    <message>
        <source>The first layer&apos;s learned kernels: red weights add, blue ones subtract.</source>
        <translation>Die gelernten Kerne der ersten Schicht: rote Gewichte addieren, blaue subtrahieren.</translation>
    </message>
</context>
<context>
    <name>nnlab::LayerInspector</name>
    <message>
        <source>No layer selected</source>
        <translation>Keine Schicht ausgewählt</translation>
    </message>
    <message>
        <source>Click a layer on the network to edit it here.</source>
        <translation>Eine Schicht im Netz anklicken, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>Eingabemerkmale</translation>
    </message>
    <message>
        <source>The data&apos;s columns are fed as they are; choose them in the data panel.</source>
        <translation>Die Spalten der Daten werden unverändert eingespeist; sie im Datenbereich wählen.</translation>
    </message>
    <message>
        <source>%1; choose the features in the data panel.</source>
        <translation>%1; die Merkmale im Datenbereich wählen.</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>%1, named &quot;%2&quot; in the experiment file.</source>
        <translation>%1, in der Experimentdatei „%2“ genannt.</translation>
    </message>
    <message>
        <source>The kind of layer; a new kind starts from freshly initialised parameters.</source>
        <translation>Die Art der Schicht; eine neue Art beginnt mit frisch initialisierten Parametern.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>How many neurons this layer has.</source>
        <translation>Wie viele Neuronen diese Schicht hat.</translation>
    </message>
    <message>
        <source>The task fixes the number of outputs: one per class for softmax, else one.</source>
        <translation>Die Aufgabe legt die Zahl der Ausgaben fest: eine pro Klasse bei Softmax, sonst eine.</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <source>The function each neuron applies to its weighted sum.</source>
        <translation>Die Funktion, die jedes Neuron auf seine gewichtete Summe anwendet.</translation>
    </message>
    <message>
        <source> (no gradient)</source>
        <translation> (kein Gradient)</translation>
    </message>
    <message>
        <source>Backpropagation cannot train through it: %1.</source>
        <translation>Backpropagation kann nicht hindurch trainieren: %1.</translation>
    </message>
    <message>
        <source>it has no usable derivative</source>
        <translation>sie hat keine brauchbare Ableitung</translation>
    </message>
    <message>
        <source>Untick &quot;output follows the task&quot; to choose the output activation yourself.</source>
        <translation>„Ausgabe folgt der Aufgabe“ abwählen, um die Ausgabeaktivierung selbst zu wählen.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>How the biases are drawn when the layer is (re)initialised.</source>
        <translation>Wie die Biases beim (Neu-)Initialisieren der Schicht gezogen werden.</translation>
    </message>
    <message>
        <source>How the weights are drawn when the layer is (re)initialised.</source>
        <translation>Wie die Gewichte beim (Neu-)Initialisieren der Schicht gezogen werden.</translation>
    </message>
    <message>
        <source>Bias initializer</source>
        <translation>Bias-Initialisierung</translation>
    </message>
    <message>
        <source>Weight initializer</source>
        <translation>Gewichtsinitialisierung</translation>
    </message>
    <message>
        <source>after this layer</source>
        <translation>nach dieser Schicht</translation>
    </message>
    <message>
        <source>Normalises each neuron&apos;s output over the batch, which often lets deeper nets train faster.</source>
        <translation>Normalisiert die Ausgabe jedes Neurons über den Batch, was tiefere Netze oft schneller trainieren lässt.</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>Zeroes a random share of this layer&apos;s outputs in each training step, against overfitting.</source>
        <translation>Setzt in jedem Trainingsschritt einen zufälligen Teil der Ausgaben dieser Schicht auf null, gegen Überanpassung.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>drop rate</source>
        <translation>Drop-Rate</translation>
    </message>
    <message>
        <source>Output follows the task</source>
        <translation>Ausgabe folgt der Aufgabe</translation>
    </message>
    <message>
        <source>The data and the loss choose the output width and activation, as in Playground.</source>
        <translation>Daten und Verlust wählen Breite und Aktivierung der Ausgabe, wie im Playground.</translation>
    </message>
    <message>
        <source>The share of values dropped in each training step; 0 keeps all, below 1.</source>
        <translation>Der Anteil der in jedem Trainingsschritt verworfenen Werte; 0 behält alle, unter 1.</translation>
    </message>
    <message>
        <source>The weight of the newest batch in the running statistics.</source>
        <translation>Das Gewicht des neuesten Batches in den laufenden Statistiken.</translation>
    </message>
    <message>
        <source>How many linear pieces each maxout unit takes the maximum of.</source>
        <translation>Über wie viele lineare Stücke jede Maxout-Einheit das Maximum nimmt.</translation>
    </message>
    <message>
        <source>Default %1.</source>
        <translation>Standard %1.</translation>
    </message>
    <message>
        <source>Channels of the image; 0 takes as many as the values fill.</source>
        <translation>Kanäle des Bildes; 0 nimmt so viele, wie die Werte füllen.</translation>
    </message>
    <message>
        <source>In pixels; channels × height × width must equal the number of values that reach this layer.</source>
        <translation>In Pixeln; Kanäle × Höhe × Breite muss der Zahl der Werte entsprechen, die diese Schicht erreichen.</translation>
    </message>
</context>
<context>
    <name>nnlab::LayerStackView</name>
    <message>
        <source>Add layer</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Add a layer after the selected one.</source>
        <translation>Eine Schicht nach der ausgewählten hinzufügen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected layer.</source>
        <translation>Die ausgewählte Schicht entfernen.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the input.</source>
        <translation>Die ausgewählte Schicht um eine Stelle zur Eingabe hin verschieben.</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected layer one place towards the output.</source>
        <translation>Die ausgewählte Schicht um eine Stelle zur Ausgabe hin verschieben.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>One image&apos;s values after this layer: channels × height × width, or a flat length.</source>
        <translation>Die Werte eines Bildes nach dieser Schicht: Kanäle × Höhe × Breite oder eine flache Länge.</translation>
    </message>
    <message>
        <source>Weights and biases this layer learns.</source>
        <translation>Gewichte und Biases, die diese Schicht lernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n filters</source>
        <translation>
            <numerusform>%n Filter</numerusform>
            <numerusform>%n Filter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1×%1 kernel</source>
        <translation>Kern %1×%1</translation>
    </message>
    <message>
        <source>stride %1</source>
        <translation>Schrittweite %1</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>Auffüllung %1</translation>
    </message>
    <message>
        <source>%1×%1 window</source>
        <translation>Fenster %1×%1</translation>
    </message>
    <message>
        <source>drop rate %1</source>
        <translation>Drop-Rate %1</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>both directions, merged by %1</source>
        <translation>beide Richtungen, zusammengeführt mit %1</translation>
    </message>
    <message>
        <source>every time step out</source>
        <translation>Ausgabe bei jedem Zeitschritt</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>one image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>one sequence (time steps × features)</source>
        <translation>eine Sequenz (Zeitschritte × Merkmale)</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>%1 parameters in all</source>
        <translation>%1 Parameter insgesamt</translation>
    </message>
    <message>
        <source>This network does not fit its input: %1</source>
        <translation>Dieses Netz passt nicht zu seiner Eingabe: %1</translation>
    </message>
</context>
<context>
    <name>nnlab::LearningRateExplorer</name>
    <message>
        <source>no progress: w never moves</source>
        <translation>kein Fortschritt: w bewegt sich nie</translation>
    </message>
    <message>
        <source>monotone: converges</source>
        <translation>monoton: konvergiert</translation>
    </message>
    <message>
        <source>lands on w* in one step</source>
        <translation>landet in einem Schritt auf w*</translation>
    </message>
    <message>
        <source>overshoots, alternates: converges</source>
        <translation>schießt über, wechselt die Seite: konvergiert</translation>
    </message>
    <message>
        <source>bounces between two points forever</source>
        <translation>springt für immer zwischen zwei Punkten hin und her</translation>
    </message>
    <message>
        <source>overshoots more each step: diverges</source>
        <translation>schießt jeden Schritt weiter über: divergiert</translation>
    </message>
    <message>
        <source>E(w) = (x&amp;thinsp;w &amp;minus; y)&lt;sup&gt;2&lt;/sup&gt;, &amp;nbsp; dE/dw = 2x(x&amp;thinsp;w &amp;minus; y), &amp;nbsp; one SGD step: w &amp;minus; w* &amp;larr; (1 &amp;minus; 2&amp;alpha;x&lt;sup&gt;2&lt;/sup&gt;)(w &amp;minus; w*), &amp;nbsp; w* = y/x</source>
        <translation>E(w) = (x&amp;thinsp;w &amp;minus; y)&lt;sup&gt;2&lt;/sup&gt;, &amp;nbsp; dE/dw = 2x(x&amp;thinsp;w &amp;minus; y), &amp;nbsp; ein SGD-Schritt: w &amp;minus; w* &amp;larr; (1 &amp;minus; 2&amp;alpha;x&lt;sup&gt;2&lt;/sup&gt;)(w &amp;minus; w*), &amp;nbsp; w* = y/x</translation>
    </message>
    <message>
        <source>The one-weight problem every column solves, and what one gradient step does to it.</source>
        <translation>Das Ein-Gewicht-Problem, das jede Spalte löst, und was ein Gradientenschritt damit macht.</translation>
    </message>
    <message>
        <source>The input x: the curvature 2x² sets which rates are too large.</source>
        <translation>Die Eingabe x: die Krümmung 2x² legt fest, welche Raten zu groß sind.</translation>
    </message>
    <message>
        <source>The target y; the best weight is w* = y/x.</source>
        <translation>Das Ziel y; das beste Gewicht ist w* = y/x.</translation>
    </message>
    <message>
        <source>The weight every run starts from.</source>
        <translation>Das Gewicht, bei dem jeder Lauf beginnt.</translation>
    </message>
    <message>
        <source>How many SGD steps each run takes.</source>
        <translation>Wie viele SGD-Schritte jeder Lauf macht.</translation>
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
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The step factor 1 − 2αx² against α: |factor| &lt; 1 converges, |factor| &gt; 1 diverges.</source>
        <translation>Der Schrittfaktor 1 − 2αx² über α: |Faktor| &lt; 1 konvergiert, |Faktor| &gt; 1 divergiert.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>The learning rate α of this column.</source>
        <translation>Die Lernrate α dieser Spalte.</translation>
    </message>
    <message>
        <source>The step factor for this α and what it does.</source>
        <translation>Der Schrittfaktor für dieses α und was er bewirkt.</translation>
    </message>
    <message>
        <source>The path w₀, w₁, ... on the parabola E(w).</source>
        <translation>Der Pfad w₀, w₁, ... auf der Parabel E(w).</translation>
    </message>
    <message>
        <source>The loss E(wₖ) per step, on a log scale.</source>
        <translation>Der Verlust E(wₖ) pro Schritt, auf logarithmischer Skala.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>too small: converges slowly</source>
        <translation>zu klein: konvergiert langsam</translation>
    </message>
    <message>
        <source>factor 1 &amp;minus; 2&amp;alpha;x&lt;sup&gt;2&lt;/sup&gt; = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation>Faktor 1 &amp;minus; 2&amp;alpha;x&lt;sup&gt;2&lt;/sup&gt; = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>monotone</source>
        <translation>monoton</translation>
    </message>
    <message>
        <source>oscillating, converging</source>
        <translation>oszillierend, konvergierend</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>divergierend</translation>
    </message>
    <message>
        <source>For x = %1 the rate must stay below 1/x² = %2 to converge and below 1/(2x²) = %3 not to overshoot. With x = 3: α = 0.1 gives factor −0.8 (converges), α = 0.12 gives −1.16 (diverges).</source>
        <translation>Für x = %1 muss die Rate unter 1/x² = %2 bleiben, um zu konvergieren, und unter 1/(2x²) = %3, um nicht überzuschießen. Mit x = 3: α = 0,1 ergibt den Faktor −0,8 (konvergiert), α = 0,12 ergibt −1,16 (divergiert).</translation>
    </message>
    <message>
        <source>the notes say a too-large learning rate makes the model “converge”; it overshoots the minimum and, past 1/x², diverges.</source>
        <translation>das Skript sagt, eine zu große Lernrate lasse das Modell „konvergieren“; es schießt über das Minimum hinaus und divergiert ab 1/x².</translation>
    </message>
</context>
<context>
    <name>nnlab::LookInsidePanel</name>
    <message>
        <source>Test image</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Eigene Zeichnung</translation>
    </message>
    <message>
        <source>Which image goes through the network: a test image by its number, or what you draw on the pad.</source>
        <translation>Welches Bild durch das Netz geht: ein Testbild nach seiner Nummer oder das, was auf dem Zeichenfeld gezeichnet wird.</translation>
    </message>
    <message>
        <source>The test image&apos;s number.</source>
        <translation>Die Nummer des Testbilds.</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Pro Einheit</translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation>Pro Schicht</translation>
    </message>
    <message>
        <source>Whole net</source>
        <translation>Ganzes Netz</translation>
    </message>
    <message>
        <source>Colour scale: each map coloured on its own range, on its layer&apos;s range, or on one range for every layer (red positive, blue negative).</source>
        <translation>Farbskala: jede Karte in ihrem eigenen Bereich, im Bereich ihrer Schicht oder in einem Bereich für alle Schichten gefärbt (rot positiv, blau negativ).</translation>
    </message>
    <message>
        <source>For a network on images: train or step it once, and every layer&apos;s feature maps for one image appear here.</source>
        <translation>Für ein Netz auf Bildern: einmal trainieren oder einen Schritt machen, dann erscheinen hier die Merkmalskarten jeder Schicht für ein Bild.</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Wie es berechnet wird</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, thick and centred like the training images. The network&apos;s answer and every feature map above follow your pen. Load... takes a picture from a file instead.</source>
        <translation>Mit der Maus eine Ziffer zeichnen, dick und zentriert wie die Trainingsbilder. Die Antwort des Netzes und jede Merkmalskarte oben folgen dem Stift. Laden... nimmt stattdessen ein Bild aus einer Datei.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Wipe the pad.</source>
        <translation>Das Zeichenfeld leeren.</translation>
    </message>
    <message>
        <source>Load...</source>
        <translation>Laden...</translation>
    </message>
    <message>
        <source>Load a picture from a file: it is turned grey and scaled to the data&apos;s image size.</source>
        <translation>Ein Bild aus einer Datei laden: es wird in Graustufen umgewandelt und auf die Bildgröße der Daten skaliert.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>The first layer&apos;s learned kernels, one per unit: red weights add, blue ones subtract. They change as the network trains.</source>
        <translation>Die gelernten Kerne der ersten Schicht, einer pro Einheit: rote Gewichte addieren, blaue subtrahieren. Sie ändern sich, während das Netz trainiert.</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Load an image</source>
        <translation>Bild laden</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Could not read %1 as an image.</source>
        <translation>%1 konnte nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <source>Answer: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Antwort: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Test image %1, truly %2</source>
        <translation>Testbild %1, tatsächlich %2</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Give Look inside the whole window below the toolbar, so that the maps are big enough to read on a projector; click again for the other docks.</source>
        <translation>Dem Bereich Blick hinein das ganze Fenster unter der Werkzeugleiste geben, damit die Karten auf einem Beamer groß genug zum Lesen sind; erneut klicken für die anderen Bereiche.</translation>
    </message>
    <message>
        <source>Back to the docks</source>
        <translation>Zurück zu den Bereichen</translation>
    </message>
</context>
<context>
    <name>nnlab::LossExplorer</name>
    <message>
        <source>Regression: MSE, MAE, Huber, log-cosh</source>
        <translation>Regression: MSE, MAE, Huber, Log-Cosh</translation>
    </message>
    <message>
        <source>Binary cross-entropy (probability p)</source>
        <translation>Binäre Kreuzentropie (Wahrscheinlichkeit p)</translation>
    </message>
    <message>
        <source>Hinge (score s, label ±1)</source>
        <translation>Hinge (Score s, Label ±1)</translation>
    </message>
    <message>
        <source>Which losses to compare. Each is computed by the engine&apos;s loss table.</source>
        <translation>Welche Verluste verglichen werden. Jeder wird mit der Verlusttabelle der Engine berechnet.</translation>
    </message>
    <message>
        <source>target y</source>
        <translation>Ziel y</translation>
    </message>
    <message>
        <source>The target the prediction is compared with.</source>
        <translation>Das Ziel, mit dem die Vorhersage verglichen wird.</translation>
    </message>
    <message>
        <source>Huber δ</source>
        <translation>Huber δ</translation>
    </message>
    <message>
        <source>Huber&apos;s δ: quadratic for |r| ≤ δ, linear beyond, so a large error&apos;s gradient is capped at δ.</source>
        <translation>Hubers δ: quadratisch für |r| ≤ δ, darüber linear, sodass der Gradient eines großen Fehlers bei δ gedeckelt ist.</translation>
    </message>
    <message>
        <source>Add one outlier</source>
        <translation>Einen Ausreißer hinzufügen</translation>
    </message>
    <message>
        <source>Adds one badly wrong point to nine good ones and shows the mean loss with and without it, and the outlier&apos;s share of the gradient.</source>
        <translation>Fügt neun guten Punkten einen grob falschen hinzu und zeigt den mittleren Verlust mit und ohne ihn sowie den Anteil des Ausreißers am Gradienten.</translation>
    </message>
    <message>
        <source>prediction ŷ</source>
        <translation>Vorhersage ŷ</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>The loss of one element against the prediction, for the chosen target.</source>
        <translation>Der Verlust eines Elements über der Vorhersage, für das gewählte Ziel.</translation>
    </message>
    <message>
        <source>gradient ∂L/∂ŷ</source>
        <translation>Gradient ∂L/∂ŷ</translation>
    </message>
    <message>
        <source>The gradient the loss sends back into the network, against the prediction.</source>
        <translation>Der Gradient, den der Verlust ins Netz zurückschickt, über der Vorhersage.</translation>
    </message>
    <message>
        <source>mean loss,
9 good points</source>
        <translation>mittlerer Verlust,
9 gute Punkte</translation>
    </message>
    <message>
        <source>mean loss,
with the outlier</source>
        <translation>mittlerer Verlust,
mit dem Ausreißer</translation>
    </message>
    <message>
        <source>outlier&apos;s share
of Σ|gradient|</source>
        <translation>Anteil des Ausreißers
an Σ|Gradient|</translation>
    </message>
    <message>
        <source>What one outlier does: MSE&apos;s gradient lets it dominate the update; MAE and Huber cap its pull at the size of any other point&apos;s.</source>
        <translation>Was ein einzelner Ausreißer bewirkt: beim MSE beherrscht er mit seinem Gradienten die Aktualisierung; MAE und Huber begrenzen seinen Zug auf den jedes anderen Punktes.</translation>
    </message>
    <message>
        <source>label y</source>
        <translation>Label y</translation>
    </message>
    <message>
        <source>the 9 good points</source>
        <translation>die 9 guten Punkte</translation>
    </message>
    <message>
        <source>the outlier</source>
        <translation>der Ausreißer</translation>
    </message>
    <message>
        <source>predicted probability p</source>
        <translation>vorhergesagte Wahrscheinlichkeit p</translation>
    </message>
    <message>
        <source>score s</source>
        <translation>Score s</translation>
    </message>
    <message>
        <source>gradient ∂L/∂p</source>
        <translation>Gradient ∂L/∂p</translation>
    </message>
    <message>
        <source>gradient ∂L/∂s</source>
        <translation>Gradient ∂L/∂s</translation>
    </message>
</context>
<context>
    <name>nnlab::LossPlot</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log. Skala</translation>
    </message>
    <message>
        <source>Draw the loss on a logarithmic axis, so that late, small improvements stay visible.</source>
        <translation>Den Verlust auf einer logarithmischen Achse zeichnen, damit späte, kleine Verbesserungen sichtbar bleiben.</translation>
    </message>
    <message>
        <source>The latest losses after the last finished epoch.</source>
        <translation>Die letzten Verluste nach der zuletzt abgeschlossenen Epoche.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The network was changed after the last measured epoch: Step or Play measures it again.</source>
        <translation>Das Netz wurde nach der zuletzt gemessenen Epoche geändert: Schritt oder Start misst es neu.</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Iteration %1 (epoch %2)</source>
        <translation>Iteration %1 (Epoche %2)</translation>
    </message>
</context>
<context>
    <name>nnlab::MainWindow</name>
    <message>
        <source>Ready: press Play (Space) to train.</source>
        <translation>Bereit: Start (Leertaste) drücken, um zu trainieren.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start again from the default experiment.</source>
        <translation>Wieder mit dem Standardexperiment beginnen.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an experiment file (.json).</source>
        <translation>Eine Experimentdatei (.json) öffnen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the experiment to its file.</source>
        <translation>Das Experiment in seine Datei speichern.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the experiment to a new file.</source>
        <translation>Das Experiment in eine neue Datei speichern.</translation>
    </message>
    <message>
        <source>&amp;Export Picture…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save a PNG picture of the whole window, e.g. for a worksheet.</source>
        <translation>Ein PNG-Bild des ganzen Fensters speichern, z. B. für ein Arbeitsblatt.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the lab.</source>
        <translation>Das Labor schließen.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last change of the experiment.</source>
        <translation>Die letzte Änderung am Experiment zurücknehmen.</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Do the change again that was taken back.</source>
        <translation>Die zurückgenommene Änderung erneut ausführen.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start or pause training.</source>
        <translation>Training starten oder anhalten.</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>Pause and train on one batch.</source>
        <translation>Anhalten und einen Batch trainieren.</translation>
    </message>
    <message>
        <source>Step &amp;Epoch</source>
        <translation>&amp;Epoche</translation>
    </message>
    <message>
        <source>Pause and train exactly one epoch (one pass over the training set).</source>
        <translation>Anhalten und genau eine Epoche trainieren (ein Durchgang durch die Trainingsdaten).</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The network: hover a neuron to see its output on the plane, click a layer to edit it.</source>
        <translation>Das Netz: mit der Maus über ein Neuron zeigt seine Ausgabe in der Ebene, Klick auf eine Schicht bearbeitet sie.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Which data the network learns from, and its input features.</source>
        <translation>Aus welchen Daten das Netz lernt, und seine Eingabemerkmale.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Loss, optimizer and regularisation settings.</source>
        <translation>Einstellungen für Verlust, Optimierer und Regularisierung.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>The network&apos;s answer for every point of the plane, with the data on top.</source>
        <translation>Die Antwort des Netzes für jeden Punkt der Ebene, mit den Daten darüber.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Training and test loss over the epochs.</source>
        <translation>Trainings- und Testverlust über die Epochen.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Settings of the layer selected on the canvas.</source>
        <translation>Einstellungen der im Netz ausgewählten Schicht.</translation>
    </message>
    <message>
        <source>%1 was initialised again: its shape or settings changed.</source>
        <translation>%1 wurde neu initialisiert: Form oder Einstellungen haben sich geändert.</translation>
    </message>
    <message>
        <source>New optimizer: its running averages start from zero.</source>
        <translation>Neuer Optimierer: seine gleitenden Mittelwerte beginnen bei null.</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Training angehalten: %1</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>%1%2 – nnlab</source>
        <translation>%1%2 – nnlab</translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation>&amp;Erkunden</translation>
    </message>
    <message>
        <source>Open the %1 explorer in its own window.</source>
        <translation>Den Explorer „%1“ in einem eigenen Fenster öffnen.</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Gradientengesundheit</translation>
    </message>
    <message>
        <source>Gradient norms, saturation and dead units per layer, with a diagnosis of what goes wrong.</source>
        <translation>Gradientennormen, Sättigung und tote Einheiten pro Schicht, mit einer Diagnose, was schiefläuft.</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>Before training: how activations and gradients spread through the layers with naive, Glorot and He initialisation, for this experiment&apos;s activation and size.</source>
        <translation>Vor dem Training: wie sich Aktivierungen und Gradienten mit naiver, Glorot- und He-Initialisierung durch die Schichten ausbreiten, für Aktivierung und Größe dieses Experiments.</translation>
    </message>
    <message>
        <source>Draw new starting weights (a new weight seed, shown in the Training panel) and clear the loss history; the data is kept.</source>
        <translation>Neue Startgewichte ziehen (ein neuer Gewichts-Seed, im Bereich Training angezeigt) und den Verlaufsgraphen leeren; die Daten bleiben.</translation>
    </message>
    <message>
        <source>Restart from the &amp;Same Weights</source>
        <translation>Mit denselben Gewichten &amp;neu starten</translation>
    </message>
    <message>
        <source>Start again from the same starting weights (the weight seed is kept), e.g. to repeat a run.</source>
        <translation>Mit denselben Startgewichten neu beginnen (der Gewichts-Seed bleibt), z. B. um einen Lauf zu wiederholen.</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Anordnung zurücksetzen</translation>
    </message>
    <message>
        <source>Put every panel back where it was when the lab first started.</source>
        <translation>Alle Bereiche dorthin zurücksetzen, wo sie beim ersten Start des Labors waren.</translation>
    </message>
    <message>
        <source>Finished: trained %1 epochs. Press Play to go on for as long again.</source>
        <translation>Fertig: %1 Epochen trainiert. Start trainiert noch einmal so lange weiter.</translation>
    </message>
    <message>
        <source>Early stopping: the monitored loss did not improve for %1 epochs.</source>
        <translation>Frühes Stoppen: der überwachte Verlust hat sich %1 Epochen lang nicht verbessert.</translation>
    </message>
    <message>
        <source>Epochs %1</source>
        <translation>Epochen %1</translation>
    </message>
    <message>
        <source>The run had reached its limit of %1 epochs; Play raised it to %2 (Training panel, Epochs) and goes on.</source>
        <translation>Der Lauf hatte seine Grenze von %1 Epochen erreicht; Start hat sie auf %2 erhöht (Bereich Training, Epochen) und trainiert weiter.</translation>
    </message>
    <message>
        <source>Play cannot go on: early stopping ended this run because the loss stopped improving. Switch early stopping off in the Training panel, or press Reset.</source>
        <translation>Start kann nicht weitermachen: das frühe Stoppen hat diesen Lauf beendet, weil sich der Verlust nicht mehr verbessert hat. Frühes Stoppen im Bereich Training ausschalten oder Zurücksetzen drücken.</translation>
    </message>
    <message>
        <source>New weight seed %1</source>
        <translation>Neuer Gewichts-Seed %1</translation>
    </message>
    <message>
        <source>New starting weights from seed %1.</source>
        <translation>Neue Startgewichte aus Seed %1.</translation>
    </message>
    <message>
        <source>Change the setting named in the message (often a lower learning rate), then press Reset.</source>
        <translation>Die in der Meldung genannte Einstellung ändern (oft eine kleinere Lernrate), dann Zurücksetzen drücken.</translation>
    </message>
    <message>
        <source>Warning: this setting will not train: %1.</source>
        <translation>Warnung: mit dieser Einstellung lernt das Netz nicht: %1.</translation>
    </message>
    <message>
        <source>Targets: %1.</source>
        <translation>Zielwerte: %1.</translation>
    </message>
    <message>
        <source>Show the lab in this language now; the run, its file and Undo are kept.</source>
        <translation>Das Labor sofort in dieser Sprache zeigen; der Lauf, seine Datei und Rückgängig bleiben erhalten.</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>Testbilder</translation>
    </message>
    <message>
        <source>For image data: test images with the network&apos;s answers, the confusion matrix and the worst mistakes.</source>
        <translation>Für Bilddaten: Testbilder mit den Antworten des Netzes, die Konfusionsmatrix und die schlimmsten Fehler.</translation>
    </message>
    <message>
        <source>No point near the click to remove.</source>
        <translation>Kein Punkt nahe genug am Klick, der entfernt werden könnte.</translation>
    </message>
    <message>
        <source>The data is now your own points (Drawn points in the Data panel); Ctrl+Z takes the click back.</source>
        <translation>Die Daten sind jetzt eigene Punkte (Gezeichnete Punkte im Bereich Daten); Strg+Z nimmt den Klick zurück.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Generator and discriminator</source>
        <translation>Generator und Diskriminator</translation>
    </message>
    <message>
        <source>For a generative adversarial network: real and generated samples, the discriminator&apos;s verdict behind them and the generator&apos;s gradients.</source>
        <translation>Für ein Generative Adversarial Network: echte und erzeugte Beispiele, dahinter das Urteil des Diskriminators und die Gradienten des Generators.</translation>
    </message>
    <message>
        <source>This kind of model is not drawn as one network here. Its pictures are in the docks on the right, its curves in the Loss dock.</source>
        <translation>Diese Art von Modell wird hier nicht als ein Netz gezeichnet. Seine Bilder stehen in den Docks rechts, seine Kurven im Dock „Verlust“.</translation>
    </message>
    <message>
        <source>Open &amp;Text File…</source>
        <translation>&amp;Textdatei öffnen…</translation>
    </message>
    <message>
        <source>Learn a UTF-8 text file character by character; the Generated text dock shows what the network writes. Undo takes it back.</source>
        <translation>Eine UTF-8-Textdatei Zeichen für Zeichen lernen; der Bereich Erzeugter Text zeigt, was das Netz schreibt. Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Hidden space</source>
        <translation>Verborgener Raum</translation>
    </message>
    <message>
        <source>How a hidden layer bends the plane: the grid and the training points where two of its neurons put them.</source>
        <translation>Wie eine verborgene Schicht die Ebene biegt: das Gitter und die Trainingspunkte dort, wo zwei ihrer Neuronen sie hinlegen.</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>For recurrent networks: one validation sequence with the prediction, the hidden states and gates over time, and the gradient that reaches each time step.</source>
        <translation>Für rekurrente Netze: eine Validierungssequenz mit der Vorhersage, die verborgenen Zustände und Gates über die Zeit und der Gradient, der jeden Zeitschritt erreicht.</translation>
    </message>
    <message>
        <source>Generated text</source>
        <translation>Erzeugter Text</translation>
    </message>
    <message>
        <source>For text data: what the network writes, sampled every few steps while it trains, with the temperature and the text it starts from.</source>
        <translation>Für Textdaten: was das Netz schreibt, alle paar Schritte während des Trainings gezogen, mit der Temperatur und dem Starttext.</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>Blick hinein</translation>
    </message>
    <message>
        <source>For a network on images: every layer&apos;s feature maps for one image or your drawing, and how each one is computed.</source>
        <translation>Für ein Netz auf Bildern: die Merkmalskarten jeder Schicht für ein Bild oder die eigene Zeichnung, und wie jede berechnet wird.</translation>
    </message>
    <message>
        <source>Could not try this: %1</source>
        <translation>Konnte nicht ausprobiert werden: %1</translation>
    </message>
    <message>
        <source>Open Text File</source>
        <translation>Textdatei öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open text file %1</source>
        <translation>Textdatei %1 öffnen</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Game settings</source>
        <translation>Spieleinstellungen</translation>
    </message>
    <message>
        <source>Import &amp;Image Folder…</source>
        <translation>Bild&amp;ordner importieren…</translation>
    </message>
    <message>
        <source>Train on a folder of PNG or JPEG images with one subfolder per class. Undo takes it back.</source>
        <translation>Auf einem Ordner mit PNG- oder JPEG-Bildern trainieren, mit einem Unterordner pro Klasse. Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>For a generative adversarial network: the real data, the noise, the loss and each player&apos;s learning rate, steps and network.</source>
        <translation>Für ein Generative Adversarial Network: die echten Daten, das Rauschen, der Verlust sowie Lernrate, Schritte und Netz jedes Spielers.</translation>
    </message>
</context>
<context>
    <name>nnlab::NetworkCanvas</name>
    <message>
        <source>The network: click a layer to select it, use + and - to change layers and neurons, click an edge to type its weight, right-click for more.</source>
        <translation>Das Netz: Schicht anklicken zum Auswählen, + und - ändern Schichten und Neuronen, Kante anklicken zum Eintippen des Gewichts, Rechtsklick für mehr.</translation>
    </message>
    <message>
        <source>Type the new weight and press Enter; Escape cancels.</source>
        <translation>Neues Gewicht eintippen und Enter drücken; Escape bricht ab.</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>Input %1: its value over the input plane, orange negative and blue positive.</source>
        <translation>Eingabe %1: ihr Wert über der Eingabeebene, orange negativ und blau positiv.</translation>
    </message>
    <message>
        <source>The weight from %1 to %2 appears here once training runs.</source>
        <translation>Das Gewicht von %1 nach %2 erscheint hier, sobald das Training läuft.</translation>
    </message>
    <message>
        <source>Weight %1 from %2 to %3; click to type a new value.</source>
        <translation>Gewicht %1 von %2 nach %3; anklicken, um einen neuen Wert einzutippen.</translation>
    </message>
    <message>
        <source>Select a layer first: click its column.</source>
        <translation>Zuerst eine Schicht auswählen: ihre Spalte anklicken.</translation>
    </message>
    <message>
        <source>A maxout edge stands for one weight per piece; edit maxout weights from a saved experiment instead.</source>
        <translation>Eine Maxout-Kante steht für ein Gewicht pro Stück; Maxout-Gewichte stattdessen in einem gespeicherten Experiment bearbeiten.</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Type a number for the weight, such as -0.5.</source>
        <translation>Eine Zahl für das Gewicht eintippen, etwa -0,5.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source> (no gradient)</source>
        <translation> (kein Gradient)</translation>
    </message>
    <message>
        <source>Backpropagation cannot train through it: %1.</source>
        <translation>Backpropagation kann nicht hindurch trainieren: %1.</translation>
    </message>
    <message>
        <source>it has no usable derivative</source>
        <translation>sie hat keine brauchbare Ableitung</translation>
    </message>
    <message>
        <source>Add hidden layer after the inputs</source>
        <translation>Verborgene Schicht nach den Eingaben hinzufügen</translation>
    </message>
    <message>
        <source>Dropout on the inputs</source>
        <translation>Dropout auf den Eingaben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Drop rate</source>
        <translation>Drop-Rate</translation>
    </message>
    <message>
        <source>Add hidden layer after</source>
        <translation>Verborgene Schicht danach hinzufügen</translation>
    </message>
    <message>
        <source>Add neuron</source>
        <translation>Neuron hinzufügen</translation>
    </message>
    <message>
        <source>Remove neuron</source>
        <translation>Neuron entfernen</translation>
    </message>
    <message>
        <source>Add hidden layer before</source>
        <translation>Verborgene Schicht davor hinzufügen</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Schicht entfernen</translation>
    </message>
    <message>
        <source>Output follows the task</source>
        <translation>Ausgabe folgt der Aufgabe</translation>
    </message>
    <message>
        <source>The data and the loss choose the output width and activation.</source>
        <translation>Daten und Verlust wählen Breite und Aktivierung der Ausgabe.</translation>
    </message>
    <message>
        <source>Batch normalisation after this layer</source>
        <translation>Batch-Normalisierung nach dieser Schicht</translation>
    </message>
    <message>
        <source>Dropout after this layer</source>
        <translation>Dropout nach dieser Schicht</translation>
    </message>
    <message>
        <source>Add hidden layer</source>
        <translation>Verborgene Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Remove last hidden layer</source>
        <translation>Letzte verborgene Schicht entfernen</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Marks from the gradient health of the last recorded training step.</source>
        <translation>Markierungen aus der Gradientengesundheit des letzten aufgezeichneten Trainingsschritts.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#f59322&quot;&gt;▢&lt;/span&gt; saturated (%1): stuck near its limit on most examples</source>
        <translation>&lt;span style=&quot;color:#f59322&quot;&gt;▢&lt;/span&gt; gesättigt (%1): klebt bei den meisten Beispielen nahe an ihrer Grenze</translation>
    </message>
    <message>
        <source>Dead: it outputs zero for every example of the batch, so no gradient reaches its weights; a leaky ReLU or a lower learning rate avoids this.</source>
        <translation>Tot: gibt für jedes Beispiel des Batches null aus, daher erreicht kein Gradient ihre Gewichte; eine Leaky ReLU oder eine niedrigere Lernrate vermeidet das.</translation>
    </message>
    <message>
        <source>Saturated: on most examples its output sits near a limit of its activation, where the slope is almost 0, so it learns very slowly.</source>
        <translation>Gesättigt: bei den meisten Beispielen liegt ihre Ausgabe nahe einer Grenze ihrer Aktivierung, wo die Steigung fast 0 ist, daher lernt sie sehr langsam.</translation>
    </message>
    <message>
        <source>%1: its output over the input plane appears here once training runs.</source>
        <translation>%1: seine Ausgabe über der Eingabeebene erscheint hier, sobald das Training läuft.</translation>
    </message>
    <message>
        <source>%1: bias %2; the picture is its output over the input plane.</source>
        <translation>%1: Bias %2; das Bild ist seine Ausgabe über der Eingabeebene.</translation>
    </message>
    <message>
        <source>Weight %1 → %2</source>
        <translation>Gewicht %1 → %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;✕&lt;/span&gt; dead (%1): outputs zero for every example of the batch; fewer than half of each layer, so harmless while the others learn</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;✕&lt;/span&gt; tot (%1): gibt für jedes Beispiel des Batches null aus; weniger als die Hälfte jeder Schicht, also harmlos, solange die anderen lernen</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;✕&lt;/span&gt; dead (%1): outputs zero for every example of the batch; half a layer or more: see Gradient health</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;✕&lt;/span&gt; tot (%1): gibt für jedes Beispiel des Batches null aus; die Hälfte einer Schicht oder mehr: siehe Gradientengesundheit</translation>
    </message>
    <message>
        <source>%1: its bias appears here once training runs.</source>
        <translation>%1: sein Bias erscheint hier, sobald das Training läuft.</translation>
    </message>
    <message>
        <source>%1: bias %2 (the square&apos;s colour: orange negative, blue positive); click to type a new value.</source>
        <translation>%1: Bias %2 (Farbe des Quadrats: orange negativ, blau positiv); anklicken, um einen neuen Wert einzutippen.</translation>
    </message>
    <message>
        <source>Weight 0 from %1 to %2: a dead edge (dashed) that passes nothing. L1 regularisation sets the weights the data does not need to exactly 0. Click to type a new value.</source>
        <translation>Gewicht 0 von %1 nach %2: eine tote Kante (gestrichelt), die nichts weitergibt. Die L1-Regularisierung setzt die Gewichte, die die Daten nicht brauchen, auf genau 0. Anklicken, um einen neuen Wert einzutippen.</translation>
    </message>
    <message>
        <source>A maxout neuron has one bias per piece; edit maxout biases from a saved experiment instead.</source>
        <translation>Ein Maxout-Neuron hat einen Bias pro Stück; Maxout-Biases stattdessen in einem gespeicherten Experiment bearbeiten.</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>Type the new bias and press Enter; Escape cancels.</source>
        <translation>Neuen Bias eintippen und Enter drücken; Escape bricht ab.</translation>
    </message>
    <message>
        <source>Type a number for the bias, such as 0.1.</source>
        <translation>Eine Zahl für den Bias eintippen, etwa 0,1.</translation>
    </message>
    <message>
        <source>Bias %1 → %2</source>
        <translation>Bias %1 → %2</translation>
    </message>
</context>
<context>
    <name>nnlab::NetworkScene</name>
    <message>
        <source>1 neuron</source>
        <translation>1 Neuron</translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation>%1 Neuronen</translation>
    </message>
    <message>
        <source>dropout %1</source>
        <translation>Dropout %1</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>Batch-Norm</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>The input features; choose them in the data panel.</source>
        <translation>Die Eingabemerkmale; im Datenbereich wählen.</translation>
    </message>
    <message>
        <source>Click to select this layer; right-click for more edits.</source>
        <translation>Anklicken wählt diese Schicht aus; Rechtsklick für weitere Änderungen.</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 Eingaben</translation>
    </message>
    <message>
        <source>Add a neuron to this layer.</source>
        <translation>Dieser Schicht ein Neuron hinzufügen.</translation>
    </message>
    <message>
        <source>Remove the last neuron of this layer.</source>
        <translation>Das letzte Neuron dieser Schicht entfernen.</translation>
    </message>
    <message>
        <source>A layer needs at least one neuron; remove the layer instead.</source>
        <translation>Eine Schicht braucht mindestens ein Neuron; stattdessen die Schicht entfernen.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (eigene Wahl)</translation>
    </message>
    <message>
        <source>The output follows the task: the data and the loss choose its width and activation.</source>
        <translation>Die Ausgabe folgt der Aufgabe: Daten und Verlust wählen ihre Breite und Aktivierung.</translation>
    </message>
    <message>
        <source>The output activation was chosen by hand; the inspector can make it follow the task again.</source>
        <translation>Die Ausgabeaktivierung wurde von Hand gewählt; im Schichtbereich kann sie wieder der Aufgabe folgen.</translation>
    </message>
    <message>
        <source>The task fixes the number of outputs: one per class for softmax, else one.</source>
        <translation>Die Aufgabe legt die Zahl der Ausgaben fest: eine pro Klasse bei Softmax, sonst eine.</translation>
    </message>
    <message>
        <source> ×%1</source>
        <translation> ×%1</translation>
    </message>
    <message>
        <source>1 hidden layer</source>
        <translation>1 verborgene Schicht</translation>
    </message>
    <message>
        <source>%1 hidden layers</source>
        <translation>%1 verborgene Schichten</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output layer.</source>
        <translation>Eine verborgene Schicht vor der Ausgabeschicht hinzufügen.</translation>
    </message>
    <message>
        <source>Remove the last hidden layer.</source>
        <translation>Die letzte verborgene Schicht entfernen.</translation>
    </message>
    <message>
        <source>There is no hidden layer left to remove.</source>
        <translation>Es gibt keine verborgene Schicht mehr zum Entfernen.</translation>
    </message>
    <message>
        <source>%1: click to select it, right-click to remove it.</source>
        <translation>%1: anklicken zum Auswählen, Rechtsklick zum Entfernen.</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Features: %1 inputs</source>
        <translation>Merkmale: %1 Eingaben</translation>
    </message>
</context>
<context>
    <name>nnlab::OptimizerRace</name>
    <message>
        <source>Optimizer race</source>
        <translation>Optimierer-Wettrennen</translation>
    </message>
    <message>
        <source>Batch, mini-batch and stochastic GD</source>
        <translation>Batch-, Mini-Batch- und stochastisches GD</translation>
    </message>
    <message>
        <source>Several optimizers start from the same point of a loss surface and step side by side.</source>
        <translation>Mehrere Optimierer starten am selben Punkt einer Verlustfläche und laufen Schritt für Schritt nebeneinander.</translation>
    </message>
    <message>
        <source>The same line fitted with the exact gradient, with mini-batches and with single samples.</source>
        <translation>Dieselbe Gerade, angepasst mit dem exakten Gradienten, mit Mini-Batches und mit einzelnen Beispielen.</translation>
    </message>
    <message>
        <source>The loss surface to race on; each racer&apos;s learning rate is set to one that suits it.</source>
        <translation>Die Verlustfläche für das Rennen; die Lernrate jedes Teilnehmers ist auf einen für ihn passenden Wert gesetzt.</translation>
    </message>
    <message>
        <source>Network loss slice</source>
        <translation>Schnitt durch den Netzverlust</translation>
    </message>
    <message>
        <source>The function the racers minimise.</source>
        <translation>Die Funktion, die die Teilnehmer minimieren.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Every racer takes one optimizer step.</source>
        <translation>Jeder Teilnehmer macht einen Optimiererschritt.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Run the race continuously; click again to pause.</source>
        <translation>Das Rennen laufend ausführen; erneut klicken zum Anhalten.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Put every racer back on the start point with a fresh optimizer state.</source>
        <translation>Jeden Teilnehmer mit frischem Optimiererzustand zurück auf den Startpunkt setzen.</translation>
    </message>
    <message>
        <source> steps/frame</source>
        <translation> Schritte/Bild</translation>
    </message>
    <message>
        <source>How many steps each racer takes per animation frame (25 frames a second).</source>
        <translation>Wie viele Schritte jeder Teilnehmer pro Animationsbild macht (25 Bilder pro Sekunde).</translation>
    </message>
    <message>
        <source>Optimizer steps taken so far by every racer.</source>
        <translation>Bisherige Optimiererschritte jedes Teilnehmers.</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log. Skala</translation>
    </message>
    <message>
        <source>Draw the loss on a logarithmic axis, so that fast and slow convergence can both be read.</source>
        <translation>Den Verlust auf einer logarithmischen Achse zeichnen, damit sich schnelle und langsame Konvergenz beide ablesen lassen.</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>The loss surface with its level lines; click to move the start point.</source>
        <translation>Die Verlustfläche mit ihren Höhenlinien; klicken, um den Startpunkt zu verschieben.</translation>
    </message>
    <message>
        <source>Each racer&apos;s loss above the minimum, step by step.</source>
        <translation>Der Verlust jedes Teilnehmers über dem Minimum, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>f − f*</source>
        <translation>f − f*</translation>
    </message>
    <message>
        <source>Curvature 25 across the valley and 1 along it: a rate safe across it (below 2/25) is slow along the floor, where SGD creeps; momentum gathers speed there but swings; the adaptive methods rescale each direction.</source>
        <translation>Krümmung 25 quer zum Tal und 1 entlang: eine quer sichere Rate (unter 2/25) ist entlang der Talsohle langsam, wo SGD kriecht; Momentum nimmt dort Fahrt auf, schwingt aber; die adaptiven Verfahren skalieren jede Richtung neu.</translation>
    </message>
    <message>
        <source>A narrow curved valley: reaching it is quick, following it to the minimum at (1, 1) is slow.</source>
        <translation>Ein schmales, gekrümmtes Tal: es zu erreichen geht schnell, ihm bis zum Minimum bei (1, 1) zu folgen langsam.</translation>
    </message>
    <message>
        <source>Flat plateaus beside steep walls: the gradient&apos;s size varies by orders of magnitude.</source>
        <translation>Flache Plateaus neben steilen Wänden: die Größe des Gradienten schwankt um Größenordnungen.</translation>
    </message>
    <message>
        <source>Four minima of equal height: which one a racer reaches depends on its path; momentum can overshoot into another basin.</source>
        <translation>Vier gleich tiefe Minima: welches ein Teilnehmer erreicht, hängt von seinem Weg ab; Momentum kann in ein anderes Becken überschießen.</translation>
    </message>
    <message>
        <source>A saddle at the origin between two minima: near it the gradient across is tiny, so plain GD lingers; started exactly on y = 0 it never leaves.</source>
        <translation>Ein Sattel im Ursprung zwischen zwei Minima: in seiner Nähe ist der Gradient quer dazu winzig, daher verweilt einfaches GD dort; genau auf y = 0 gestartet, verlässt es ihn nie.</translation>
    </message>
    <message>
        <source>The training loss of a 2-6-1 tanh network (circle data, cross-entropy) on a plane through its trained weights w&lt;sub&gt;0&lt;/sub&gt; (the origin) along two random, filter-normalised directions d&lt;sub&gt;1&lt;/sub&gt;, d&lt;sub&gt;2&lt;/sub&gt; (Li et al. 2018); the gradient is backpropagation&apos;s, projected on the plane.</source>
        <translation>Der Trainingsverlust eines 2-6-1-tanh-Netzes (Kreisdaten, Kreuzentropie) auf einer Ebene durch seine trainierten Gewichte w&lt;sub&gt;0&lt;/sub&gt; (der Ursprung) entlang zweier zufälliger, filternormalisierter Richtungen d&lt;sub&gt;1&lt;/sub&gt;, d&lt;sub&gt;2&lt;/sub&gt; (Li et al. 2018); der Gradient ist der aus der Backpropagation, auf die Ebene projiziert.</translation>
    </message>
    <message>
        <source>Click the map to move the start (⊕); ★ marks the minima; level lines are evenly spaced in %1.</source>
        <translation>Auf die Karte klicken, um den Start (⊕) zu verschieben; ★ markiert die Minima; die Höhenlinien haben gleiche Abstände in %1.</translation>
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
        <translation>f − f* = %1 bei (%2, %3)</translation>
    </message>
    <message>
        <source>diverged after %1 steps: learning rate too large here</source>
        <translation>nach %1 Schritten divergiert: Lernrate hier zu groß</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Training the network whose loss is sliced, and drawing its map…</source>
        <translation>Das Netz, dessen Verlust geschnitten wird, wird trainiert und seine Karte gezeichnet…</translation>
    </message>
    <message>
        <source>This surface could not be built: %1</source>
        <translation>Diese Fläche konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>nnlab::PlayerEditor</name>
    <message>
        <source>Generator network</source>
        <translation>Generator-Netz</translation>
    </message>
    <message>
        <source>Discriminator network</source>
        <translation>Diskriminator-Netz</translation>
    </message>
    <message>
        <source>The generator&apos;s hidden layers; its output is a point of the plane. A change starts both networks again.</source>
        <translation>Die verborgenen Schichten des Generators; seine Ausgabe ist ein Punkt der Ebene. Eine Änderung startet beide Netze neu.</translation>
    </message>
    <message>
        <source>The discriminator&apos;s hidden layers; its output is the logit of D(x). A change starts both networks again.</source>
        <translation>Die verborgenen Schichten des Diskriminators; seine Ausgabe ist das Logit von D(x). Eine Änderung startet beide Netze neu.</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Die letzte verborgene Schicht entfernen</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>Eine verborgene Schicht vor der Ausgabe einfügen</translation>
    </message>
    <message>
        <source>The activation of every hidden layer of this network; one step to undo.</source>
        <translation>Die Aktivierung aller verborgenen Schichten dieses Netzes; in einem Schritt rückgängig zu machen.</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>1 hidden layer</source>
        <translation>1 verborgene Schicht</translation>
    </message>
    <message>
        <source>%1 hidden layers</source>
        <translation>%1 verborgene Schichten</translation>
    </message>
    <message>
        <source>One neuron less</source>
        <translation>Ein Neuron weniger</translation>
    </message>
    <message>
        <source>One neuron more</source>
        <translation>Ein Neuron mehr</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 Neuron</translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation>%1 Neuronen</translation>
    </message>
</context>
<context>
    <name>nnlab::PointCanvas</name>
    <message>
        <source>Click to add a point of the chosen class; right-click a point to remove it.</source>
        <translation>Klicken fügt einen Punkt der gewählten Klasse hinzu; Rechtsklick auf einen Punkt entfernt ihn.</translation>
    </message>
    <message>
        <source>Click to add points</source>
        <translation>Klicken, um Punkte hinzuzufügen</translation>
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
        <translation>Lernrate: wie weit jede Aktualisierung den Punkt bewegt.</translation>
    </message>
    <message>
        <source>Momentum: how much of the previous update is carried into the next one.</source>
        <translation>Momentum: wie viel der vorigen Aktualisierung in die nächste übernommen wird.</translation>
    </message>
    <message>
        <source>Decay rate of the running average of the gradients.</source>
        <translation>Zerfallsrate des gleitenden Mittels der Gradienten.</translation>
    </message>
    <message>
        <source>Decay rate of the running average of the squared gradients.</source>
        <translation>Zerfallsrate des gleitenden Mittels der quadrierten Gradienten.</translation>
    </message>
    <message>
        <source>A small number added to the denominator so that it is never zero.</source>
        <translation>Eine kleine Zahl im Nenner, damit er nie null wird.</translation>
    </message>
    <message>
        <source>Decay rate of the running averages this optimizer keeps.</source>
        <translation>Zerfallsrate der gleitenden Mittelwerte dieses Optimierers.</translation>
    </message>
    <message>
        <source>Pulls the point towards the origin a little at each update, besides the gradient.</source>
        <translation>Zieht den Punkt bei jeder Aktualisierung ein wenig zum Ursprung, zusätzlich zum Gradienten.</translation>
    </message>
    <message>
        <source>A hyperparameter of this optimizer.</source>
        <translation>Ein Hyperparameter dieses Optimierers.</translation>
    </message>
    <message>
        <source>Add optimizer</source>
        <translation>Optimierer hinzufügen</translation>
    </message>
    <message>
        <source>Add another racer; it starts from the same point and catches up the steps already run.</source>
        <translation>Einen weiteren Teilnehmer hinzufügen; er startet am selben Punkt und holt die bereits gelaufenen Schritte nach.</translation>
    </message>
</context>
<context>
    <name>nnlab::RacerRow</name>
    <message>
        <source>This racer&apos;s colour on the map and in the loss plot.</source>
        <translation>Die Farbe dieses Teilnehmers auf der Karte und im Verlaufsdiagramm.</translation>
    </message>
    <message>
        <source>The engine&apos;s optimizer this racer uses.</source>
        <translation>Der Optimierer der Engine, den dieser Teilnehmer verwendet.</translation>
    </message>
    <message>
        <source>Where this racer is now and how far its loss is above the minimum.</source>
        <translation>Wo dieser Teilnehmer gerade ist und wie weit sein Verlust über dem Minimum liegt.</translation>
    </message>
    <message>
        <source>Remove this racer.</source>
        <translation>Diesen Teilnehmer entfernen.</translation>
    </message>
</context>
<context>
    <name>nnlab::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the recently opened files (the files themselves stay).</source>
        <translation>Die Liste der zuletzt geöffneten Dateien leeren (die Dateien selbst bleiben erhalten).</translation>
    </message>
</context>
<context>
    <name>nnlab::ReportContent</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>CSV file %1</source>
        <translation>CSV-Datei %1</translation>
    </message>
    <message numerus="yes">
        <source>drawn by hand, %n points</source>
        <translation>
            <numerusform>von Hand gezeichnet, %n Punkt</numerusform>
            <numerusform>von Hand gezeichnet, %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Training share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Daten-Startwert</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>activation %1</source>
        <translation>Aktivierung %1</translation>
    </message>
    <message>
        <source>weights %1</source>
        <translation>Gewichte %1</translation>
    </message>
    <message>
        <source>biases %1</source>
        <translation>Biases %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>%1 (output)</source>
        <translation>%1 (Ausgabe)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
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
        <translation>Max-Norm %1</translation>
    </message>
    <message>
        <source>gradient clip at %1</source>
        <translation>Gradienten-Wertgrenze %1</translation>
    </message>
    <message>
        <source>gradient norm clip at %1</source>
        <translation>Gradienten-Normgrenze %1</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>step: ×%1 every %2 epochs</source>
        <translation>stufenweise: ×%1 alle %2 Epochen</translation>
    </message>
    <message>
        <source>exponential: ×%1 per %2 epochs</source>
        <translation>exponentiell: ×%1 pro %2 Epochen</translation>
    </message>
    <message>
        <source>cosine down to %1</source>
        <translation>Kosinus bis auf %1</translation>
    </message>
    <message>
        <source>, warm-up %1 epochs</source>
        <translation>, Aufwärmen %1 Epochen</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Lernraten-Verlauf</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Frühes Stoppen</translation>
    </message>
    <message>
        <source>patience %1 epochs</source>
        <translation>Geduld %1 Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>whole training set</source>
        <translation>alle Trainingsdaten</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>noch nicht trainiert</translation>
    </message>
</context>
<context>
    <name>nnlab::ReportWriter</name>
    <message>
        <source>Created %1 with nnlab</source>
        <translation>Erstellt am %1 mit nnlab</translation>
    </message>
    <message>
        <source>Final metrics</source>
        <translation>Abschließende Metriken</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Abbildungen</translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation>Abbildung %1: %2</translation>
    </message>
    <message>
        <source>Could not lay out the report as PDF.</source>
        <translation>Der Bericht konnte nicht als PDF gesetzt werden.</translation>
    </message>
    <message>
        <source>Left out, because nothing was recorded for them since the experiment was opened (they fill in while the network trains in the window):</source>
        <translation>Weggelassen, weil für sie seit dem Öffnen des Experiments nichts aufgezeichnet wurde (sie füllen sich, während das Netz im Fenster trainiert):</translation>
    </message>
</context>
<context>
    <name>nnlab::SequenceCsvDialog</name>
    <message>
        <source>Import sequences from %1</source>
        <translation>Sequenzen aus %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 column(s).</source>
        <translation>
            <numerusform>%n Zeile, %1 Spalte(n).</numerusform>
            <numerusform>%n Zeilen, %1 Spalte(n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wide: one sequence per row</source>
        <translation>Breit: eine Sequenz pro Zeile</translation>
    </message>
    <message>
        <source>Long: one time step per row, with a sequence id column</source>
        <translation>Lang: ein Zeitschritt pro Zeile, mit Sequenz-ID-Spalte</translation>
    </message>
    <message>
        <source>How the file holds its sequences.</source>
        <translation>Wie die Datei ihre Sequenzen enthält.</translation>
    </message>
    <message>
        <source>The column that says which sequence a row belongs to (numbers or text).</source>
        <translation>Die Spalte, die angibt, zu welcher Sequenz eine Zeile gehört (Zahlen oder Text).</translation>
    </message>
    <message>
        <source>The column the network learns to predict, one value per sequence.</source>
        <translation>Die Spalte, die das Netz vorherzusagen lernt, ein Wert pro Sequenz.</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (Text)</translation>
    </message>
    <message>
        <source>Classification predicts a class, regression a number; automatic decides from the target column.</source>
        <translation>Klassifikation sagt eine Klasse voraus, Regression eine Zahl; automatisch entscheidet anhand der Zielspalte.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation>Zeitschritte</translation>
    </message>
    <message>
        <source>Sequence id column</source>
        <translation>Sequenz-ID-Spalte</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>as long as the first</source>
        <translation>so lang wie die erste</translation>
    </message>
    <message>
        <source>T: the input columns of a row are T time steps of F features each, time-major (step 0&apos;s features, then step 1&apos;s, ...).</source>
        <translation>T: die Eingabespalten einer Zeile sind T Zeitschritte mit je F Merkmalen, Zeitschritt für Zeitschritt (erst die Merkmale von Schritt 0, dann die von Schritt 1, ...).</translation>
    </message>
    <message>
        <source>The length every sequence must have; 0: as long as the first.</source>
        <translation>Die Länge, die jede Sequenz haben muss; 0: so lang wie die erste.</translation>
    </message>
    <message>
        <source>Every column but the target is an input; their number must split into the time steps.</source>
        <translation>Jede Spalte außer dem Ziel ist eine Eingabe; ihre Anzahl muss sich auf die Zeitschritte aufteilen lassen.</translation>
    </message>
    <message>
        <source>Rows with the same id form one sequence, in file order; each needs the same target on every row. A row that does not fit is named with its line.</source>
        <translation>Zeilen mit derselben ID bilden eine Sequenz, in der Reihenfolge der Datei; jede braucht in allen ihren Zeilen dasselbe Ziel. Eine Zeile, die nicht passt, wird mit ihrer Zeilennummer genannt.</translation>
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
        <translation>Für rekurrente Netze (rnn-, lstm- oder gru-Schichten) auf Sequenzdaten: die Vorhersage für eine Validierungssequenz, die verborgenen Zustände und Gates über ihre Zeitschritte und wie viel Gradient jeden Schritt erreicht. Zum Ansehen Beispiele &gt; Additionsproblem öffnen.</translation>
    </message>
    <message>
        <source>Which validation sequence the plots show.</source>
        <translation>Welche Validierungssequenz die Diagramme zeigen.</translation>
    </message>
    <message>
        <source>The recurrent layer whose hidden states, gates and gradient are shown.</source>
        <translation>Die rekurrente Schicht, deren verborgene Zustände, Gates und Gradient gezeigt werden.</translation>
    </message>
    <message>
        <source>Compare with RNN</source>
        <translation>Mit RNN vergleichen</translation>
    </message>
    <message>
        <source>Train the other kind of cell (a plain RNN for an LSTM or GRU, an LSTM for a plain RNN) on the same data for as many steps, in the background, and draw its gradient through time beside this run&apos;s.</source>
        <translation>Die andere Zellart (ein einfaches RNN für ein LSTM oder GRU, ein LSTM für ein einfaches RNN) im Hintergrund auf denselben Daten gleich viele Schritte trainieren und ihren Gradienten über die Zeit neben dem dieses Laufs zeichnen.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>Hidden state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Mit %1 vergleichen</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1, this run (step %2)</source>
        <translation>%1, dieser Lauf (Schritt %2)</translation>
    </message>
    <message>
        <source>Training the %1 on the same data for %2 steps…</source>
        <translation>Das %1 wird auf denselben Daten %2 Schritte lang trainiert…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, same data (%2 steps)</source>
        <translation>%1, dieselben Daten (%2 Schritte)</translation>
    </message>
    <message>
        <source>The %1 trained %2 steps on the same data: mean validation loss %3 (dashed curve).</source>
        <translation>Das %1 wurde %2 Schritte auf denselben Daten trainiert: mittlerer Validierungsverlust %3 (gestrichelte Kurve).</translation>
    </message>
    <message>
        <source>Unrolled</source>
        <translation>Entfaltet</translation>
    </message>
    <message>
        <source>The recurrent network unrolled over the time steps of the chosen sequence: inputs, cells and outputs at every step. Hover a box to read its values.</source>
        <translation>Das rekurrente Netz, entfaltet über die Zeitschritte der gewählten Sequenz: Eingaben, Zellen und Ausgaben bei jedem Schritt. Mit der Maus auf ein Kästchen zeigen, um seine Werte zu lesen.</translation>
    </message>
</context>
<context>
    <name>nnlab::SequencePredictionPlot</name>
    <message>
        <source>time step t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The chosen validation sequence: what goes in at every step and what the network answers.</source>
        <translation>Die gewählte Validierungssequenz: was bei jedem Schritt hineingeht und was das Netz antwortet.</translation>
    </message>
    <message>
        <source>A many-to-one network answers once, after the last step: drawn one step to the right.</source>
        <translation>Ein Many-to-one-Netz antwortet einmal, nach dem letzten Schritt: einen Schritt weiter rechts gezeichnet.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>Sequence %1: loss %2</source>
        <translation>Sequenz %1: Verlust %2</translation>
    </message>
    <message>
        <source>Sequence %1: class %2 predicted, class %3 true, loss %4</source>
        <translation>Sequenz %1: Klasse %2 vorhergesagt, Klasse %3 richtig, Verlust %4</translation>
    </message>
    <message>
        <source>Sequence %1: target %2, prediction %3, loss %4</source>
        <translation>Sequenz %1: Ziel %2, Vorhersage %3, Verlust %4</translation>
    </message>
</context>
<context>
    <name>nnlab::TimeGradientPlot</name>
    <message>
        <source>time step t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <source>|dL/dh_t|</source>
        <translation>|dL/dh_t|</translation>
    </message>
    <message>
        <source>How much of the loss&apos;s gradient reaches the hidden state at each step (log scale). Where it is tiny, those steps hardly learn.</source>
        <translation>Wie viel vom Gradienten des Verlusts den verborgenen Zustand bei jedem Schritt erreicht (logarithmische Skala). Wo er winzig ist, lernen diese Schritte kaum.</translation>
    </message>
</context>
<context>
    <name>nnlab::TrainingPanel</name>
    <message>
        <source>How far each update moves the weights; applied live, the weights are kept.</source>
        <translation>Wie weit jede Aktualisierung die Gewichte bewegt; wirkt sofort, die Gewichte bleiben erhalten.</translation>
    </message>
    <message>
        <source>How much of the previous update is carried into the next one.</source>
        <translation>Wie viel der vorigen Aktualisierung in die nächste übernommen wird.</translation>
    </message>
    <message>
        <source>Decay rate of the running average of the gradients.</source>
        <translation>Zerfallsrate des gleitenden Mittels der Gradienten.</translation>
    </message>
    <message>
        <source>Decay rate of the running average of the squared gradients.</source>
        <translation>Zerfallsrate des gleitenden Mittels der quadrierten Gradienten.</translation>
    </message>
    <message>
        <source>A small number added to the denominator so that it is never zero.</source>
        <translation>Eine kleine Zahl im Nenner, damit er nie null wird.</translation>
    </message>
    <message>
        <source>Decay rate of the running averages this optimizer keeps.</source>
        <translation>Zerfallsrate der gleitenden Mittelwerte dieses Optimierers.</translation>
    </message>
    <message>
        <source>Shrinks every weight towards zero a little at each update, separately from the gradient.</source>
        <translation>Schrumpft jedes Gewicht bei jeder Aktualisierung ein wenig Richtung null, getrennt vom Gradienten.</translation>
    </message>
    <message>
        <source>A hyperparameter of the chosen optimizer.</source>
        <translation>Ein Hyperparameter des gewählten Optimierers.</translation>
    </message>
    <message>
        <source>The quantity training makes small: how far the outputs are from the targets.</source>
        <translation>Die Größe, die das Training klein macht: wie weit die Ausgaben von den Zielen entfernt sind.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates; its settings appear below it.</source>
        <translation>Die Regel, die aus Gradienten Gewichtsänderungen macht; ihre Einstellungen stehen darunter.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>whole set</source>
        <translation>ganze Menge</translation>
    </message>
    <message>
        <source>How many training points are averaged for one update; 0 uses the whole training set.</source>
        <translation>Über wie viele Trainingspunkte eine Aktualisierung mittelt; 0 nimmt alle Trainingsdaten.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Training stops after this many passes over the training set; 0 trains until paused.</source>
        <translation>Das Training endet nach so vielen Durchgängen durch die Trainingsdaten; 0 trainiert bis zur Pause.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Lernraten-Verlauf</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch.</source>
        <translation>Wie sich die Lernrate von Epoche zu Epoche ändert.</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Stufenweise Abnahme</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>Exponentielle Abnahme</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation>Alle (Epochen)</translation>
    </message>
    <message>
        <source>The decay period: step decay multiplies by gamma once per period.</source>
        <translation>Die Periode: stufenweise Abnahme multipliziert einmal pro Periode mit Gamma.</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>The factor the learning rate is multiplied by per period.</source>
        <translation>Der Faktor, mit dem die Lernrate pro Periode multipliziert wird.</translation>
    </message>
    <message>
        <source>Minimum rate</source>
        <translation>Minimale Rate</translation>
    </message>
    <message>
        <source>The learning rate the cosine curve ends at.</source>
        <translation>Die Lernrate, bei der die Kosinuskurve endet.</translation>
    </message>
    <message>
        <source>Period (epochs)</source>
        <translation>Periode (Epochen)</translation>
    </message>
    <message>
        <source>Length of the cosine curve in epochs; 0 uses the run&apos;s epochs.</source>
        <translation>Länge der Kosinuskurve in Epochen; 0 nimmt die Epochen des Laufs.</translation>
    </message>
    <message>
        <source>Warm-up (epochs)</source>
        <translation>Aufwärmen (Epochen)</translation>
    </message>
    <message>
        <source>The learning rate rises linearly from zero over these first epochs.</source>
        <translation>Die Lernrate steigt in diesen ersten Epochen linear von null an.</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularisierung</translation>
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
        <translation>Addiert dies mal die Summe von w² zum Verlust und hält alle Gewichte klein.</translation>
    </message>
    <message>
        <source>Max-norm</source>
        <translation>Max-Norm</translation>
    </message>
    <message>
        <source>Rescales each neuron&apos;s incoming weights to at most this length after every update; 0 is off.</source>
        <translation>Skaliert die eingehenden Gewichte jedes Neurons nach jeder Aktualisierung auf höchstens diese Länge; 0 ist aus.</translation>
    </message>
    <message>
        <source>Clip value</source>
        <translation>Wert begrenzen</translation>
    </message>
    <message>
        <source>Clamps every gradient component to this size before the update; 0 is off.</source>
        <translation>Begrenzt jede Gradientenkomponente vor der Aktualisierung auf diese Größe; 0 ist aus.</translation>
    </message>
    <message>
        <source>Clip norm</source>
        <translation>Norm begrenzen</translation>
    </message>
    <message>
        <source>Scales all gradients down together when their total length exceeds this; 0 is off.</source>
        <translation>Verkleinert alle Gradienten gemeinsam, wenn ihre Gesamtlänge dies übersteigt; 0 ist aus.</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Frühes Stoppen</translation>
    </message>
    <message>
        <source>How many epochs without improvement are tolerated before training stops.</source>
        <translation>Wie viele Epochen ohne Verbesserung geduldet werden, bevor das Training endet.</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>Min. improvement</source>
        <translation>Min. Verbesserung</translation>
    </message>
    <message>
        <source>A new loss counts as better only if it beats the best by more than this.</source>
        <translation>Ein neuer Verlust zählt nur als besser, wenn er den besten um mehr als dies unterbietet.</translation>
    </message>
    <message>
        <source>Restore best weights</source>
        <translation>Beste Gewichte wiederherstellen</translation>
    </message>
    <message>
        <source>When stopping, put back the weights of the epoch with the lowest loss.</source>
        <translation>Beim Anhalten die Gewichte der Epoche mit dem geringsten Verlust zurückholen.</translation>
    </message>
    <message>
        <source>Loss: %1</source>
        <translation>Verlust: %1</translation>
    </message>
    <message>
        <source>Optimizer: %1</source>
        <translation>Optimierer: %1</translation>
    </message>
    <message>
        <source>Batch size %1</source>
        <translation>Batchgröße %1</translation>
    </message>
    <message>
        <source>Epochs %1</source>
        <translation>Epochen %1</translation>
    </message>
    <message>
        <source>Learning-rate schedule: %1</source>
        <translation>Lernraten-Verlauf: %1</translation>
    </message>
    <message>
        <source>Schedule period</source>
        <translation>Periode des Verlaufs</translation>
    </message>
    <message>
        <source>Schedule gamma</source>
        <translation>Gamma des Verlaufs</translation>
    </message>
    <message>
        <source>Schedule minimum rate</source>
        <translation>Minimale Rate des Verlaufs</translation>
    </message>
    <message>
        <source>Cosine period</source>
        <translation>Kosinusperiode</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>Aufwärm-Epochen</translation>
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
        <translation>Max-Norm %1</translation>
    </message>
    <message>
        <source>Clip value %1</source>
        <translation>Wertgrenze %1</translation>
    </message>
    <message>
        <source>Clip norm %1</source>
        <translation>Normgrenze %1</translation>
    </message>
    <message>
        <source>Early stopping on</source>
        <translation>Frühes Stoppen an</translation>
    </message>
    <message>
        <source>Early stopping off</source>
        <translation>Frühes Stoppen aus</translation>
    </message>
    <message>
        <source>Patience %1</source>
        <translation>Geduld %1</translation>
    </message>
    <message>
        <source>Minimum improvement</source>
        <translation>Minimale Verbesserung</translation>
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
        <translation>Der Zufalls-Seed der Startgewichte. Zurücksetzen zieht einen neuen; einen notierten Seed eintippen und Training &gt; Mit denselben Gewichten neu starten wiederholt einen Lauf genau.</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>Gewichts-Seed</translation>
    </message>
    <message>
        <source>Weight seed %1</source>
        <translation>Gewichts-Seed %1</translation>
    </message>
    <message>
        <source>Adds this times the sum of |w| to the loss; after each step it shrinks every weight by the learning rate times this and stops at exactly zero, so unneeded weights become 0 (dashed edges on the canvas).</source>
        <translation>Addiert dies mal die Summe von |w| zum Verlust; nach jedem Schritt verkleinert es jedes Gewicht um Lernrate mal diesen Wert und hält genau bei null an, sodass nicht benötigte Gewichte 0 werden (gestrichelte Kanten im Netz).</translation>
    </message>
    <message>
        <source>Double precision (float64) computes everything in 64-bit numbers: the default, what the small networks and the reference cases use. Single precision (float32) runs the big matrix products of large dense and convolutional layers in 32-bit numbers, about twice as fast on images; the weights and the optimizer stay in double. Changing it rebuilds the model: the weights are kept, the optimizer starts afresh.</source>
        <translation>Doppelte Präzision (float64) rechnet alles mit 64-Bit-Zahlen: die Voreinstellung, die auch die kleinen Netze und die Referenzfälle verwenden. Einfache Präzision (float32) rechnet die großen Matrixprodukte großer Dense- und Faltungsschichten mit 32-Bit-Zahlen, bei Bildern etwa doppelt so schnell; die Gewichte und der Optimierer bleiben in doppelter Präzision. Eine Änderung baut das Modell neu auf: die Gewichte bleiben erhalten, der Optimierer beginnt von vorn.</translation>
    </message>
    <message>
        <source>Double (float64)</source>
        <translation>Doppelt (float64)</translation>
    </message>
    <message>
        <source>Single (float32)</source>
        <translation>Einfach (float32)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Precision: %1</source>
        <translation>Präzision: %1</translation>
    </message>
    <message>
        <source>Stop when the validation loss (without a validation set, the test loss) has not improved for a while.</source>
        <translation>Anhalten, wenn sich der Validierungsverlust (ohne Validierungsmenge der Testverlust) eine Weile nicht verbessert hat.</translation>
    </message>
    <message>
        <source>One core</source>
        <translation>Ein Kern</translation>
    </message>
    <message>
        <source>Two cores (idle machine)</source>
        <translation>Zwei Kerne (freier Rechner)</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation>Threads: %1</translation>
    </message>
    <message>
        <source>Two cores split the large matrix products of big dense layers (a million multiply-adds and more) between two threads: about a third faster on a machine with nothing else to do. When other programs keep the cores busy, a step waits for the second thread and gets slower. The small networks always use one core; the results agree to the last digits.</source>
        <translation>Zwei Kerne teilen die großen Matrixprodukte großer Dense-Schichten (ab einer Million Multiplikationen) auf zwei Threads auf: etwa ein Drittel schneller auf einem Rechner, der sonst nichts zu tun hat. Wenn andere Programme die Kerne auslasten, wartet jeder Schritt auf den zweiten Thread und wird langsamer. Die kleinen Netze nutzen immer einen Kern; die Ergebnisse stimmen bis auf die letzten Stellen überein.</translation>
    </message>
</context>
<context>
    <name>nnlab::TrainingToolBar</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Training speed: slow it down to watch single updates; the right end trains as fast as the computer can.</source>
        <translation>Trainingstempo: langsam, um einzelne Schritte zu sehen; ganz rechts trainiert so schnell wie der Rechner kann.</translation>
    </message>
    <message>
        <source>Epochs trained: one epoch is one pass over the whole training set.</source>
        <translation>Trainierte Epochen: eine Epoche ist ein Durchgang durch alle Trainingsdaten.</translation>
    </message>
    <message>
        <source>Time spent training since the last reset.</source>
        <translation>Trainingszeit seit dem letzten Zurücksetzen.</translation>
    </message>
    <message>
        <source>Training samples processed per second, a measure of speed.</source>
        <translation>Verarbeitete Trainingsbeispiele pro Sekunde, ein Maß für das Tempo.</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 Beispiele/s</translation>
    </message>
    <message>
        <source>– samples/s</source>
        <translation>– Beispiele/s</translation>
    </message>
</context>
<context>
    <name>nnlab::UnitDetailView</name>
    <message>
        <source>The image as the network gets it: %1 channel(s) of %2x%3 values, normalised like the training data.</source>
        <translation>Das Bild, wie das Netz es erhält: %1 Kanal/Kanäle mit %2x%3 Werten, normalisiert wie die Trainingsdaten.</translation>
    </message>
    <message>
        <source>Waiting for the worker&apos;s split of this unit...</source>
        <translation>Warte auf die Aufteilung dieser Einheit durch den Worker...</translation>
    </message>
    <message>
        <source>Channel %1 at row %2, column %3: the sum of the %4 products input x kernel = %5</source>
        <translation>Kanal %1 in Zeile %2, Spalte %3: die Summe der %4 Produkte Eingabe x Kern = %5</translation>
    </message>
    <message>
        <source>Sum over the %1 input channels: %2; + bias %3 = %4</source>
        <translation>Summe über die %1 Eingabekanäle: %2; + Bias %3 = %4</translation>
    </message>
    <message>
        <source>%1(%2) = %3</source>
        <translation>%1(%2) = %3</translation>
    </message>
    <message>
        <source>softmax: p_k = exp(z_k) / (exp(z_1) + ... + exp(z_%1)); the sum of the exponentials is %2</source>
        <translation>softmax: p_k = exp(z_k) / (exp(z_1) + ... + exp(z_%1)); die Summe der Exponentialwerte ist %2</translation>
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
        <translation>Auf jeden Wert einzeln angewendet: die Karte behält ihre Größe, %1x%2.</translation>
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
        <translation>Ein %1x%1-Fenster, um %2 verschoben: die Karte schrumpft von %3x%4 auf %5x%6.</translation>
    </message>
    <message>
        <source>%1: z = sum of %2 weights x inputs + bias = %3 + %4 = %5</source>
        <translation>%1: z = Summe von %2 Gewichten x Eingaben + Bias = %3 + %4 = %5</translation>
    </message>
    <message>
        <source>input %1: %2 x %3</source>
        <translation>Eingabe %1: %2 x %3</translation>
    </message>
    <message>
        <source>Largest terms: %1</source>
        <translation>Größte Terme: %1</translation>
    </message>
    <message>
        <source>flatten: the %1 maps of %2x%3 laid out in one row of %4 values, for the dense layer after it.</source>
        <translation>flatten: die %1 Karten von %2x%3 in einer Reihe von %4 Werten ausgelegt, für die Dense-Schicht danach.</translation>
    </message>
    <message>
        <source>input window (channel %1)</source>
        <translation>Eingabefenster (Kanal %1)</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>+ bias
%1
=</source>
        <translation>+ Bias
%1
=</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, Einheit %2</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>wird berechnet...</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>logit z</source>
        <translation>Logit z</translation>
    </message>
    <message>
        <source>exp(z)</source>
        <translation>exp(z)</translation>
    </message>
    <message>
        <source>exp(z) / sum</source>
        <translation>exp(z) / Summe</translation>
    </message>
    <message>
        <source>Click a tile above to see how it is computed, with the numbers; move the mouse over the maps to follow one cell.</source>
        <translation>Eine Kachel oben anklicken, um mit den Zahlen zu sehen, wie sie berechnet wird; die Maus über die Karten bewegen, um einer Zelle zu folgen.</translation>
    </message>
    <message>
        <source>%1, unit %2: each input channel gets its own kernel; the results are summed and a bias added</source>
        <translation>%1, Einheit %2: jeder Eingabekanal bekommt seinen eigenen Kern; die Ergebnisse werden summiert und ein Bias addiert</translation>
    </message>
    <message>
        <source>softmax: the logits turned into probabilities</source>
        <translation>softmax: die Logits in Wahrscheinlichkeiten umgewandelt</translation>
    </message>
    <message>
        <source>%1: max pooling keeps the largest value of each window</source>
        <translation>%1: Max-Pooling behält den größten Wert jedes Fensters</translation>
    </message>
    <message>
        <source>%1: average pooling keeps the mean of each window</source>
        <translation>%1: Average-Pooling behält den Mittelwert jedes Fensters</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <source>flatten lays the %1 maps of %2x%3 out in one row of %4 values; the dense layer after it multiplies each value by its own weight, sums the products and adds a bias.</source>
        <translation>flatten legt die %1 Karten von %2x%3 in einer Reihe von %4 Werten aus; die Dense-Schicht danach multipliziert jeden Wert mit seinem eigenen Gewicht, summiert die Produkte und addiert einen Bias.</translation>
    </message>
    <message>
        <source>%1: the sum of the %2 products value x weight = %3; + bias %4 = %5</source>
        <translation>%1: die Summe der %2 Produkte Wert x Gewicht = %3; + Bias %4 = %5</translation>
    </message>
    <message>
        <source>Map %1, row %2, column %3: pixel value %4 x weight %5 = %6</source>
        <translation>Karte %1, Zeile %2, Spalte %3: Pixelwert %4 x Gewicht %5 = %6</translation>
    </message>
    <message>
        <source>Softmax then turns the logits into the probabilities (click the softmax column).</source>
        <translation>Softmax macht dann aus den Logits die Wahrscheinlichkeiten (die Softmax-Spalte anklicken).</translation>
    </message>
    <message>
        <source>%1: the %2 maps the dense layer reads (flattened: %3 values)</source>
        <translation>%1: die %2 Karten, die die Dense-Schicht liest (abgeflacht: %3 Werte)</translation>
    </message>
    <message>
        <source>their weights to %1, each on the pixel it multiplies (red adds, blue subtracts)</source>
        <translation>ihre Gewichte zu %1, jedes auf dem Pixel, mit dem es multipliziert wird (rot addiert, blau subtrahiert)</translation>
    </message>
    <message>
        <source>pixel value x weight: what each pixel adds to %1</source>
        <translation>Pixelwert x Gewicht: was jedes Pixel zu %1 beiträgt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop the window where it is; the mouse over a map still moves it.</source>
        <translation>Das Fenster dort anhalten, wo es ist; die Maus über einer Karte bewegt es weiterhin.</translation>
    </message>
    <message>
        <source>Sweep the window over the map again, one cell every quarter second.</source>
        <translation>Das Fenster wieder über die Karte wandern lassen, eine Zelle pro Viertelsekunde.</translation>
    </message>
    <message>
        <source>Kernel of input channel %1 for unit %2:</source>
        <translation>Kern des Eingabekanals %1 für Einheit %2:</translation>
    </message>
    <message>
        <source>Bias: %1</source>
        <translation>Bias: %1</translation>
    </message>
    <message>
        <source>products, their sum: %1</source>
        <translation>Produkte, ihre Summe: %1</translation>
    </message>
    <message>
        <source>%1: which weights connect the flattened maps to a class</source>
        <translation>%1: welche Gewichte die abgeflachten Karten mit einer Klasse verbinden</translation>
    </message>
</context>
<context>
    <name>nnlab::UnrolledNetworkView</name>
    <message>
        <source>Input x at t = %1: %2</source>
        <translation>Eingabe x bei t = %1: %2</translation>
    </message>
    <message>
        <source>Output at t = %1: prediction %2</source>
        <translation>Ausgabe bei t = %1: Vorhersage %2</translation>
    </message>
    <message>
        <source>Output after the last step: prediction %1</source>
        <translation>Ausgabe nach dem letzten Schritt: Vorhersage %1</translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation>, Ziel %1</translation>
    </message>
    <message>
        <source>; loss of the sequence %1</source>
        <translation>; Verlust der Sequenz %1</translation>
    </message>
    <message>
        <source>%1 at t = %2: |h_t| = %3, h_t = %4</source>
        <translation>%1 bei t = %2: |h_t| = %3, h_t = %4</translation>
    </message>
    <message>
        <source>; gates (mean over units) %1</source>
        <translation>; Gates (Mittel über die Einheiten) %1</translation>
    </message>
    <message>
        <source>; |dL/dh_t| = %1</source>
        <translation>; |dL/dh_t| = %1</translation>
    </message>
    <message>
        <source>No sequence yet: press Play or Step.</source>
        <translation>Noch keine Sequenz: Start oder Schritt drücken.</translation>
    </message>
    <message>
        <source>input x_t</source>
        <translation>Eingabe x_t</translation>
    </message>
    <message>
        <source>%1
h_t</source>
        <translation>%1
h_t</translation>
    </message>
    <message>
        <source>output y_t</source>
        <translation>Ausgabe y_t</translation>
    </message>
    <message>
        <source>output y</source>
        <translation>Ausgabe y</translation>
    </message>
    <message>
        <source>… %1 earlier steps</source>
        <translation>… %1 frühere Schritte</translation>
    </message>
    <message>
        <source>Hover a box: the input, the hidden state h_t and its gates, or the output at that step. Box colour: the mean of h_t; bar: |h_t|.</source>
        <translation>Mit der Maus auf ein Kästchen zeigen: die Eingabe, der verborgene Zustand h_t und seine Gates oder die Ausgabe bei diesem Schritt. Farbe des Kästchens: der Mittelwert von h_t; Balken: |h_t|.</translation>
    </message>
</context>
<context>
    <name>nnlab::VerdictList</name>
    <message>
        <source>What the gradient health says about this run, with the evidence and what to do about it.</source>
        <translation>Was die Gradientengesundheit über diesen Lauf sagt, mit den Belegen und was dagegen zu tun ist.</translation>
    </message>
    <message>
        <source>Lower the learning rate to %1</source>
        <translation>Die Lernrate auf %1 senken</translation>
    </message>
    <message>
        <source>Raise the learning rate to %1</source>
        <translation>Die Lernrate auf %1 erhöhen</translation>
    </message>
    <message>
        <source>No problem found in the gradients so far.</source>
        <translation>Bisher kein Problem in den Gradienten gefunden.</translation>
    </message>
    <message>
        <source>Layers: %1
Curriculum: %2</source>
        <translation>Schichten: %1
Lehrplan: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Where the course notes say otherwise, the lab follows the textbook (GBC).</source>
        <translation>Wo das Kursskript etwas anderes sagt, folgt das Labor dem Lehrbuch (GBC).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>der Gradient</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>der Verlust</translation>
    </message>
    <message>
        <source>The gradient of %1 is %2 times that of %3 (%4 vs %5).</source>
        <translation>Der Gradient von %1 ist %2-mal so groß wie der von %3 (%4 gegenüber %5).</translation>
    </message>
    <message>
        <source>The gradient of %1 is %2 times that of %3.</source>
        <translation>Der Gradient von %1 ist %2-mal so groß wie der von %3.</translation>
    </message>
    <message>
        <source>The bias gradient of %1 is small too: %2.</source>
        <translation>Der Bias-Gradient von %1 ist ebenfalls klein: %2.</translation>
    </message>
    <message>
        <source>The weights of %1 change by %2 of their size per step (healthy: about 0.001).</source>
        <translation>Die Gewichte von %1 ändern sich pro Schritt um %2 ihrer Größe (gesund: etwa 0,001).</translation>
    </message>
    <message>
        <source>The training loss fell by %1 over the last half of the epochs.</source>
        <translation>Der Trainingsverlust ist in der zweiten Hälfte der Epochen um %1 gesunken.</translation>
    </message>
    <message>
        <source>At step %1 the %2 of %3 became NaN or infinite; training stopped with the weights from before that step.</source>
        <translation>In Schritt %1 wurde %2 von %3 NaN oder unendlich; das Training wurde mit den Gewichten von vor diesem Schritt angehalten.</translation>
    </message>
    <message>
        <source>At step %1 the %2 of %3 in %4 became NaN or infinite; training stopped with the weights from before that step.</source>
        <translation>In Schritt %1 wurde %2 von %3 in %4 NaN oder unendlich; das Training wurde mit den Gewichten von vor diesem Schritt angehalten.</translation>
    </message>
    <message>
        <source>The gradient norm grew %1-fold (%2 to %3).</source>
        <translation>Die Gradientennorm ist auf das %1-Fache gewachsen (von %2 auf %3).</translation>
    </message>
    <message>
        <source>At step %1 the gradient norm reached %2, %3 times its value at the first step.</source>
        <translation>In Schritt %1 erreichte die Gradientennorm %2, das %3-Fache ihres Werts im ersten Schritt.</translation>
    </message>
    <message>
        <source>The weights of %1 grew %2-fold (norm %3 to %4).</source>
        <translation>Die Gewichte von %1 sind auf das %2-Fache gewachsen (Norm von %3 auf %4).</translation>
    </message>
    <message>
        <source>%1 of the units of %2 output 0 on every input (z ≤ 0 for 100 samples in a row or more): they get no gradient.</source>
        <translation>%1 der Einheiten von %2 geben bei jeder Eingabe 0 aus (z ≤ 0 bei 100 oder mehr Beispielen in Folge): sie bekommen keinen Gradienten.</translation>
    </message>
    <message>
        <source>%1 of the outputs of %2 are saturated (slope below 18 % of its peak; |z| &gt; 3 for sigmoid).</source>
        <translation>%1 der Ausgaben von %2 sind gesättigt (Steigung unter 18 % ihres Maximums; |z| &gt; 3 bei Sigmoid).</translation>
    </message>
    <message>
        <source>The training loss is still %1 of its value before training (%2 of %3).</source>
        <translation>Der Trainingsverlust liegt noch bei %1 seines Werts vor dem Training (%2 von %3).</translation>
    </message>
    <message>
        <source>The %1 units of %2 have identical weights and biases (largest difference %3): they get the same gradient and stay identical.</source>
        <translation>Die %1 Einheiten von %2 haben identische Gewichte und Biases (größter Unterschied %3): sie bekommen denselben Gradienten und bleiben identisch.</translation>
    </message>
    <message>
        <source>The training loss is %1 (ln 2 = 0.693 is a coin toss).</source>
        <translation>Der Trainingsverlust beträgt %1 (ln 2 = 0,693 entspricht einem Münzwurf).</translation>
    </message>
    <message>
        <source>The training loss rose to %1 from a lowest %2.</source>
        <translation>Der Trainingsverlust ist von einem Tiefstwert von %2 auf %1 gestiegen.</translation>
    </message>
    <message>
        <source>%1 of the last %2 epochs raised the training loss; it moves by %3 of the first epoch&apos;s loss per epoch.</source>
        <translation>%1 der letzten %2 Epochen haben den Trainingsverlust erhöht; er ändert sich pro Epoche um %3 des Verlusts der ersten Epoche.</translation>
    </message>
    <message>
        <source>No layer&apos;s weights change by more than %1 of their size per step (healthy: about 0.001).</source>
        <translation>Die Gewichte keiner Schicht ändern sich pro Schritt um mehr als %1 ihrer Größe (gesund: etwa 0,001).</translation>
    </message>
    <message>
        <source>The training loss fell steadily but only by %1 of its start in %2 epochs.</source>
        <translation>Der Trainingsverlust ist stetig gesunken, aber in %2 Epochen nur um %1 seines Anfangswerts.</translation>
    </message>
    <message>
        <source>Over the last %1 recorded steps (%2 to %3), the median gradient of %4 is %5 times that of %6 (%7 vs %8).</source>
        <translation>In den letzten %1 aufgezeichneten Schritten (%2 bis %3) ist der Median des Gradienten von %4 %5-mal so groß wie der von %6 (%7 gegenüber %8).</translation>
    </message>
    <message>
        <source>The training loss rose by %1 over the last half of the epochs.</source>
        <translation>Der Trainingsverlust ist in der zweiten Hälfte der Epochen um %1 gestiegen.</translation>
    </message>
    <message>
        <source>The training loss sits at %1 for the last %2 epochs, %3 times the %4 of an output that knows nothing: the outputs are stuck at wrong answers.</source>
        <translation>Der Trainingsverlust liegt seit %2 Epochen bei %1, dem %3-Fachen des Werts %4 einer Ausgabe, die nichts weiß: die Ausgaben hängen bei falschen Antworten fest.</translation>
    </message>
    <message>
        <source>No problem found in the gradients so far. The %1 dead units on the canvas are fewer than half of each layer: harmless while the other units carry the signal.</source>
        <translation>Bisher kein Problem in den Gradienten gefunden. Die %1 toten Einheiten im Netz sind weniger als die Hälfte jeder Schicht: harmlos, solange die anderen Einheiten das Signal tragen.</translation>
    </message>
    <message>
        <source>Try this: %1. Edit &gt; Undo takes it back.</source>
        <translation>Ausprobieren: %1. Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Set the learning rate to %1</source>
        <translation>Lernrate auf %1 setzen</translation>
    </message>
    <message>
        <source>Clip the gradient norm at %1</source>
        <translation>Gradientennorm auf %1 begrenzen</translation>
    </message>
    <message>
        <source>Clip each gradient at ±%1</source>
        <translation>Jeden Gradienten auf ±%1 begrenzen</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Switch the optimizer to %1</source>
        <translation>Optimierer auf %1 umstellen</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>die Ausgabeschicht</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>die verborgene Schicht %1</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>die Schicht %1</translation>
    </message>
    <message>
        <source>the %1 hidden layers</source>
        <translation>die %1 verborgenen Schichten</translation>
    </message>
    <message>
        <source>%1 hidden layers</source>
        <translation>%1 verborgene Schichten</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 Schichten</translation>
    </message>
    <message>
        <source>Switch %1 to %2</source>
        <translation>Aktivierung für %1 auf %2 umstellen</translation>
    </message>
    <message>
        <source>Switch %1 to %2 with %3 initialisation</source>
        <translation>Aktivierung für %1 auf %2 und Initialisierung auf %3 umstellen</translation>
    </message>
    <message>
        <source>Initialise the weights of %1 with %2</source>
        <translation>Gewichte für %1 mit %2 initialisieren</translation>
    </message>
    <message>
        <source>Initialise the biases of %1 with %2</source>
        <translation>Biases für %1 mit %2 initialisieren</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 für %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Halve the generator&apos;s learning rate to %1</source>
        <translation>Die Lernrate des Generators auf %1 halbieren</translation>
    </message>
    <message>
        <source>Halve the discriminator&apos;s learning rate to %1</source>
        <translation>Die Lernrate des Diskriminators auf %1 halbieren</translation>
    </message>
    <message>
        <source>Halve both learning rates (%1 for the discriminator, %2 for the generator)</source>
        <translation>Beide Lernraten halbieren (%1 für den Diskriminator, %2 für den Generator)</translation>
    </message>
    <message>
        <source>Train the discriminator %1 times per iteration: it punishes a crowded mode sooner</source>
        <translation>Den Diskriminator %1-mal pro Iteration trainieren: er bestraft eine überfüllte Mode früher</translation>
    </message>
    <message>
        <source>Train the generator %1 times per iteration: it gets more moves against the discriminator</source>
        <translation>Den Generator %1-mal pro Iteration trainieren: er bekommt mehr Züge gegen den Diskriminator</translation>
    </message>
    <message>
        <source>Switch the loss to non-saturating</source>
        <translation>Verlust auf nicht sättigend umstellen</translation>
    </message>
    <message>
        <source>Label the real samples %1</source>
        <translation>Die echten Beispiele mit %1 beschriften</translation>
    </message>
    <message>
        <source>Set the generator&apos;s learning rate to %1</source>
        <translation>Die Lernrate des Generators auf %1 setzen</translation>
    </message>
    <message>
        <source>Set the discriminator&apos;s learning rate to %1</source>
        <translation>Die Lernrate des Diskriminators auf %1 setzen</translation>
    </message>
    <message>
        <source>Set the learning rates to %1 (discriminator) and %2 (generator)</source>
        <translation>Die Lernraten auf %1 (Diskriminator) und %2 (Generator) setzen</translation>
    </message>
    <message>
        <source>Train the discriminator %1 times per iteration</source>
        <translation>Den Diskriminator %1-mal pro Iteration trainieren</translation>
    </message>
    <message>
        <source>Train the generator %1 times per iteration</source>
        <translation>Den Generator %1-mal pro Iteration trainieren</translation>
    </message>
    <message>
        <source>The generated samples reach %1 of the %2 real modes (for %3 epochs in a row).</source>
        <translation>Die erzeugten Beispiele erreichen %1 der %2 echten Moden (%3 Epochen in Folge).</translation>
    </message>
    <message>
        <source>Generated samples per mode: %1 (real samples: %2).</source>
        <translation>Erzeugte Beispiele pro Mode: %1 (echte Beispiele: %2).</translation>
    </message>
    <message>
        <source>Over the last %1 epochs D(real) − D(fake) changed direction %2 times, spreading by %3 around its trend.</source>
        <translation>In den letzten %1 Epochen hat D(real) − D(fake) %2-mal die Richtung gewechselt, mit einer Streuung von %3 um seinen Trend.</translation>
    </message>
    <message>
        <source>The discriminator gives generated samples D(fake) = %1 and real ones D(real) = %2; D(fake) fell under %3 in epoch %4.</source>
        <translation>Der Diskriminator gibt erzeugten Beispielen D(fake) = %1 und echten D(real) = %2; D(fake) fiel in Epoche %4 unter %3.</translation>
    </message>
    <message>
        <source>Under the minimax loss the generator&apos;s gradient per logit is D(fake) = %1: it vanishes as the discriminator wins. The non-saturating loss would give 1 − D(fake) = %2.</source>
        <translation>Unter dem Minimax-Verlust ist der Gradient des Generators pro Logit D(fake) = %1: er verschwindet, wenn der Diskriminator gewinnt. Der nicht sättigende Verlust ergäbe 1 − D(fake) = %2.</translation>
    </message>
    <message>
        <source>Over the last %1 recorded steps, the median gradient reaching the hidden state of %2 at the first time step is %3 times that at the last of its %4 steps (%5 vs %6).</source>
        <translation>In den letzten %1 aufgezeichneten Schritten ist der Median des Gradienten, der den verborgenen Zustand von %2 beim ersten Zeitschritt erreicht, %3-mal so groß wie beim letzten seiner %4 Schritte (%5 gegenüber %6).</translation>
    </message>
    <message>
        <source>The training loss is still %1 of its value after the first epoch (%2 of %3).</source>
        <translation>Der Trainingsverlust liegt noch bei %1 seines Werts nach der ersten Epoche (%2 von %3).</translation>
    </message>
</context>
<context>
    <name>nnlab::WindowExporter</name>
    <message>
        <source>The network</source>
        <translation>Das Netz</translation>
    </message>
    <message>
        <source>Loss and metric over the epochs</source>
        <translation>Verlust und Metrik über die Epochen</translation>
    </message>
    <message>
        <source>The network&apos;s output over the input plane, with the data</source>
        <translation>Die Ausgabe des Netzes über der Eingabeebene, mit den Daten</translation>
    </message>
    <message>
        <source>Gradient norm of each layer&apos;s weights over the steps</source>
        <translation>Gradientennorm der Gewichte jeder Schicht über die Schritte</translation>
    </message>
    <message>
        <source>Share of saturated and dead units per layer</source>
        <translation>Anteil gesättigter und toter Einheiten pro Schicht</translation>
    </message>
    <message>
        <source>Histogram of the chosen layer&apos;s weights, activations or gradients</source>
        <translation>Histogramm der Gewichte, Aktivierungen oder Gradienten der gewählten Schicht</translation>
    </message>
    <message>
        <source>The chosen layer&apos;s histogram over the steps</source>
        <translation>Das Histogramm der gewählten Schicht über die Schritte</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no trained network to export yet.</source>
        <translation>Es gibt noch kein trainiertes Netz zum Exportieren.</translation>
    </message>
    <message>
        <source>The generator&apos;s images of a fixed noise batch, real images and a latent interpolation</source>
        <translation>Die Bilder des Generators aus einem festen Rausch-Batch, echte Bilder und eine latente Interpolation</translation>
    </message>
</context>
</TS>
