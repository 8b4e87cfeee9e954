#pragma once
// What an image classifier shows besides its loss curves (ConvNetJS's MNIST
// page, CNN Explainer): a fixed gallery of test images with the predicted
// class probabilities, the confusion matrix over the first test images, and
// the worst mistakes among them. Computed in inference mode; plain values the
// window draws as pictures.
#include "Types.h"
#include "layers/Layer.h"
#include "training/ImageResultNames.h"
#include "training/Snapshot.h"

#include <vector>

namespace nnlab {

class Network;

struct ImageResultLimits {
    Index gallery = 36;     // test images shown with their prediction
    Index evaluated = 1000; // test images counted in the confusion matrix
    Index worst = 12;       // most confident mistakes among them
};


// Class probabilities from the network's outputs: a single sigmoid output p
// becomes (1-p, p); rows that are not already a distribution get a softmax.
Matrix classProbabilities(const Matrix& outputs);

// images: raw pixels (n, C*H*W); x: the same rows as the network's inputs;
// labels: (n, 1) class index. Appends the payloads above to out.
void addImageResults(Network& network, const Shape& imageShape, const Matrix& images, const Matrix& x,
                     const Matrix& labels, int classes, Pass pass, std::vector<Payload>& out,
                     const ImageResultLimits& limits = {});

}  // namespace nnlab
