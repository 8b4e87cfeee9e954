#pragma once
// The decision map's colour map, drawn from a finished picture. The view
// fills the cells as before (the data model, the colour scale, exports), and
// a helper thread turns the same cells into the pixels QCPColorMap would
// paint: coloured by the gradient, scaled smoothly (or not) to the cells'
// rectangle, clipped at the cell centres. On screen, draw() then only blits
// that picture; a printer or SVG painter, or a picture made for another
// geometry or an older frame, gets QCPColorMap's own drawing.
#include <qcustomplot.h>

#include <functional>
#include <memory>
#include <vector>

namespace nnlab {

class ReadyColorMap : public QCPColorMap {
    Q_OBJECT
public:
    // Everything the pixels depend on: the helper copies it, draw() compares it.
    struct Recipe {
        std::uint64_t revision = 0;   // the cells' revision (the view counts)
        std::shared_ptr<const std::vector<double>> cells;  // [iy * keys + ix], iy = 0 at the bottom
        int keys = 0, values = 0;
        QCPColorGradient gradient;
        QCPRange dataRange;
        bool interpolate = true;
        bool antialiased = true;
        QRectF imageRect, clipRect;   // in the plot's pixels, as QCPColorMap::draw computes them
        qreal dpr = 1.0;
        bool sameLook(const Recipe& o) const { return revision == o.revision && samePlace(o); }
        // Same pixels on the screen, whatever the cells.
        bool samePlace(const Recipe& o) const {
            return imageRect == o.imageRect && clipRect == o.clipRect && dpr == o.dpr && interpolate == o.interpolate &&
                   antialiased == o.antialiased;
        }
    };
    struct Picture {
        QImage image;    // the clip rectangle's pixels, its top left at origin
        QPoint origin;
        Recipe recipe;   // without the cells
    };

    ReadyColorMap(QCPAxis* keyAxis, QCPAxis* valueAxis);

    // The view's cells changed (and so did the data model): a new revision.
    void setCells(std::shared_ptr<const std::vector<double>> cells, int keys, int values);
    std::uint64_t revision() const { return m_revision; }
    // The recipe for the current cells, gradient and geometry (GUI thread).
    Recipe recipe() const;
    // Any thread: the pixels of a recipe.
    static Picture paint(const Recipe& recipe);
    void setPicture(Picture picture);
    // False if the picture of this look was the last one asked for (it will
    // come: a BackgroundPainter makes the newest job it was given).
    bool askOnce(const Recipe& recipe);
    bool hasPictureFor(const Recipe& recipe) const { return !m_picture.image.isNull() && m_picture.recipe.sameLook(recipe); }
    // A picture of older cells at the same place: while training, the cells
    // change with every frame and the picture of the newest is on its way
    // (the view asks for one with every change), so the screen shows the
    // last one made, at most a frame behind, rather than colouring the cells
    // on the GUI thread (where Qt scales them on its thread pool and the GUI
    // thread waits for it).
    bool hasEarlierPictureFor(const Recipe& recipe) const {
        return !m_picture.image.isNull() && m_picture.recipe.revision < recipe.revision && m_picture.recipe.samePlace(recipe);
    }
    // Called (on the GUI thread, from draw) when the picture does not fit what is drawn now.
    void setOnStale(std::function<void()> onStale) { m_onStale = std::move(onStale); }
    int blits() const { return m_blits; }
    int ownDraws() const { return m_ownDraws; }

protected:
    void draw(QCPPainter* painter) override;

private:
    std::shared_ptr<const std::vector<double>> m_cells;
    int m_keys = 0, m_values = 0;
    std::uint64_t m_revision = 0;
    Picture m_picture;
    std::function<void()> m_onStale;
    Recipe m_staleAt;  // the last recipe reported stale: one request per look
    Recipe m_asked;    // the last recipe a picture was asked for (without its cells)
    int m_blits = 0, m_ownDraws = 0;
};

}  // namespace nnlab
