#pragma once
// A folder of PNG and JPEG images with one subfolder per class, as an image
// set (data.generator "image_folder", docs/experiment-format.md):
//   shapes/circle/1.png, shapes/circle/2.jpg, shapes/square/a.png, ...
// Classes are the subfolders in name order (class 0 is the first); every
// image becomes data.image_folder's channels x height x width (ImageConversion.h).
// Files of other kinds and hidden files and folders (".name") are passed over;
// deeper subfolders are not read. data.subset draws that many images with the
// data seed before any is decoded; the split is by data.train_ratio.
#include "data/Dataset.h"

#include <string>
#include <vector>

namespace nnlab {

constexpr Index kMinImageSide = 4;
constexpr Index kMaxImageSide = 256;
constexpr std::size_t kMaxImageFolderFiles = 200000;
// Images x values per image (240 MB as doubles): 38,000 grey 28 x 28 images,
// 2,400 colour ones of 64 x 64; data.subset takes fewer from a larger folder.
constexpr long long kMaxImageFolderValues = 30000000;

// .png, .jpg, .jpeg in any case.
bool isImageFileName(const std::string& name);

struct ImageFolderListing {
    std::vector<std::string> classNames;  // subfolder names, sorted
    std::vector<std::string> files;       // every image, class by class, names sorted
    std::vector<int> labels;              // per file, its class
};

// Throws DataError naming the folder: not there, no class folders, only one,
// a class folder without images ("shapes/circle: no PNG or JPEG images in this
// class folder").
ImageFolderListing listImageFolder(const std::string& folder);

// {channels, height, width} from data.image_folder; SpecError naming the field.
Shape imageFolderShape(const DataSpec& spec);

// Reads and converts the images; DataError naming the file that fails.
LoadedData loadImageFolderData(const DataSpec& spec);

}  // namespace nnlab
