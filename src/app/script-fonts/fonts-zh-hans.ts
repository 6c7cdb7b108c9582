// Noto Sans SC for Simplified Chinese; unicode-range slices, fetched as characters appear.
// Bold is synthesised: a second weight would add 3.7 MB to every kiosk's precache.
import '@fontsource/noto-sans-sc/400.css';
