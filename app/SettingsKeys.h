#pragma once
// Every QSettings key of the window in one place (organisation "nnlab",
// application "nnlab"). Experiments are files, never settings.
namespace nnlab::SettingsKeys {

inline constexpr char kGeometry[] = "window/geometry";        // QByteArray, saveGeometry()
inline constexpr char kWindowState[] = "window/state";        // QByteArray, saveState(): docks and toolbars
inline constexpr char kDocksHiddenForKind[] = "window/docksHiddenForKind";  // QStringList (KindDocks)
inline constexpr char kLanguage[] = "ui/language";            // "" = system, "en", "de", "es"
inline constexpr char kSpeed[] = "training/speed";            // 1..10
inline constexpr char kLastDirectory[] = "files/lastDirectory";
inline constexpr char kRecentFiles[] = "files/recent";         // QStringList, newest first (RecentFiles)

inline constexpr int kWindowStateVersion = 1;                 // bump when the docks change

}  // namespace nnlab::SettingsKeys
