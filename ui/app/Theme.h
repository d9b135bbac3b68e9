#pragma once
// The application's light (system) and dark palettes. Charts follow the palette on their own
// (ChartTheme::Auto), so switching here is all a theme change needs.
namespace Theme {

// dark: Fusion style with the dark palette; otherwise the palette the system gave at start-up.
void apply(bool dark);

}  // namespace Theme
