// Noto Sans KR for Korean; unicode-range slices, fetched as characters appear.
// Bold is synthesised: a second weight would add 2.6 MB to every kiosk's precache.
import '@fontsource/noto-sans-kr/400.css';
