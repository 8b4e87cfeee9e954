#pragma once
// Qt's image reader as the engine's image decoder (core/data/ImageDecoder.h):
// PNG and JPEG (and whatever else QImageReader's plugins read), the EXIF
// orientation applied. The window and nnlab-cli call this once at start-up;
// the header has no Qt in it, so the CLI's sources stay Qt-free.
namespace nnlab {

void registerQtImageDecoder();

}  // namespace nnlab
