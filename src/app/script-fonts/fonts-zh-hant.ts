// Noto Sans TC for Traditional Chinese; unicode-range slices, fetched as characters appear.
// Bold is synthesised: a second weight would add 3.3 MB to every kiosk's precache.
import '@fontsource/noto-sans-tc/400.css';
