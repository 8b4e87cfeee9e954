// Image folders as data (rules in ImageFolder.h).
#include "data/ImageFolder.h"

#include "Error.h"
#include "data/Functions.h"
#include "data/ImageConversion.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace nnlab {
namespace fs = std::filesystem;
namespace {

bool hidden(const fs::path& p) { return !p.filename().empty() && p.filename().string()[0] == '.'; }

// The entries of a folder sorted by name; directory errors (no permission)
// become DataError naming the folder.
std::vector<fs::directory_entry> sortedEntries(const fs::path& folder) {
    std::vector<fs::directory_entry> entries;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (!hidden(it->path())) entries.push_back(*it);
    if (error) throw DataError(folder.string() + ": cannot read the folder (" + error.message() + ")");
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path().filename() < b.path().filename(); });
    return entries;
}

bool isFolder(const fs::directory_entry& e) {
    std::error_code error;
    return e.is_directory(error);
}

}  // namespace

bool isImageFileName(const std::string& name) {
    std::string ext = fs::path(name).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".png" || ext == ".jpg" || ext == ".jpeg";
}

ImageFolderListing listImageFolder(const std::string& folder) {
    std::error_code error;
    if (!fs::exists(folder, error)) throw DataError(folder + ": the folder is not there");
    if (!fs::is_directory(folder, error)) throw DataError(folder + ": not a folder (expected a folder with one subfolder per class)");
    ImageFolderListing listing;
    for (const fs::directory_entry& classEntry : sortedEntries(folder)) {
        if (!isFolder(classEntry)) continue;
        const std::string className = classEntry.path().filename().string();
        const int label = int(listing.classNames.size());
        std::size_t images = 0;
        for (const fs::directory_entry& file : sortedEntries(classEntry.path())) {
            if (isFolder(file) || !isImageFileName(file.path().filename().string())) continue;
            listing.files.push_back(file.path().string());
            listing.labels.push_back(label);
            ++images;
            if (listing.files.size() > kMaxImageFolderFiles)
                throw DataError(folder + ": more than " + std::to_string(kMaxImageFolderFiles) +
                                " images; use a smaller folder");
        }
        if (images == 0)
            throw DataError(classEntry.path().string() + ": no PNG or JPEG images in this class folder");
        listing.classNames.push_back(className);
    }
    if (listing.classNames.empty())
        throw DataError(folder + ": no class folders: put each class's images in a subfolder of its own (" +
                        (fs::path(folder) / "cat" / "1.png").string() + ", " + (fs::path(folder) / "dog" / "1.png").string() + ")");
    if (listing.classNames.size() == 1)
        throw DataError(folder + ": only one class folder (\"" + listing.classNames[0] +
                        "\"): a classifier needs at least two");
    return listing;
}

Shape imageFolderShape(const DataSpec& spec) {
    auto side = [](int value, const char* field) {
        if (value < kMinImageSide || value > kMaxImageSide)
            throw SpecError(std::string("data.image_folder.") + field + ": expected " + std::to_string(kMinImageSide) +
                            " to " + std::to_string(kMaxImageSide) + " pixels, got " + std::to_string(value));
        return Index(value);
    };
    if (spec.imageChannels != 1 && spec.imageChannels != 3)
        throw SpecError("data.image_folder.channels: expected 1 (grey) or 3 (RGB), got " + std::to_string(spec.imageChannels));
    return Shape{Index(spec.imageChannels), side(spec.imageHeight, "height"), side(spec.imageWidth, "width")};
}

LoadedData loadImageFolderData(const DataSpec& spec) {
    if (spec.imageFolder.empty()) throw SpecError("data.image_folder.path: no folder given for the image_folder generator");
    const Shape shape = imageFolderShape(spec);
    const ImageFolderListing listing = listImageFolder(spec.imageFolder);
    Rng rng(spec.seed);
    const std::vector<Index> rows = subsetRows(Index(listing.files.size()), spec.subset, rng);
    const long long values = (long long)rows.size() * (long long)shape.size();
    if (values > kMaxImageFolderValues)
        throw DataError(spec.imageFolder + ": " + std::to_string(rows.size()) + " images of " + shape.toString() +
                        " are " + std::to_string(values) + " numbers, more than the limit of " +
                        std::to_string(kMaxImageFolderValues) + " (set data.subset, or a smaller size)");

    LoadedData out;
    Dataset& d = out.data;
    d.kind = ProblemKind::Classification;
    d.sampleShape = shape;
    d.numClasses = int(listing.classNames.size());
    d.classNames = listing.classNames;
    d.points.resize(Index(rows.size()), shape.size());
    d.targets.resize(Index(rows.size()), 1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::size_t file = std::size_t(rows[i]);
        d.points.row(Index(i)) = readImageSample(listing.files[file], shape);
        d.targets(Index(i), 0) = double(listing.labels[file]);
    }
    for (Index i = 0; i < shape.size(); ++i) d.inputNames.push_back("p" + std::to_string(i));
    out.split = splitDataset(d, spec.trainRatio, rng);
    return out;
}

}  // namespace nnlab
