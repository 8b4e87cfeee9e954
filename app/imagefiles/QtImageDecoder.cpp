#include "QtImageDecoder.h"

#include "data/ImageDecoder.h"

#include <QFile>
#include <QImage>
#include <QImageReader>

#include <cstring>

namespace nnlab {
namespace {

DecodedImage decodeWithQt(const std::string& path) {
    DecodedImage out;
    QImageReader reader(QFile::decodeName(QByteArray::fromStdString(path)));
    reader.setAutoTransform(true);  // a phone photo taken upright stays upright
    // The size from the header, before any pixel is decoded.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > qint64(kMaxImagePixels)) {
        out.error = "the image is " + std::to_string(size.width()) + "x" + std::to_string(size.height()) +
                    " pixels, more than the limit of " + std::to_string(kMaxImagePixels) + " pixels";
        return out;
    }
    QImage image;
    if (!reader.read(&image)) {
        out.error = reader.errorString().toStdString();
        return out;
    }
    image = image.convertToFormat(QImage::Format_RGBA8888);  // straight alpha, R G B A bytes
    out.width = image.width();
    out.height = image.height();
    out.rgba.resize(std::size_t(out.width * out.height * 4));
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(out.rgba.data() + std::size_t(y) * std::size_t(out.width * 4), image.constScanLine(y),
                    std::size_t(out.width * 4));
    return out;
}

}  // namespace

void registerQtImageDecoder() { setImageDecoder(&decodeWithQt); }

}  // namespace nnlab
