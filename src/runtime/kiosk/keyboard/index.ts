/** The kiosk's on-screen keyboard: mount <KeyboardHost> once in the app shell. */
export { KeyboardHost, closeKeyboard, keyboardOpen, type KeyboardHostProps } from './keyboard-controller';
export { OnScreenKeyboard, type OnScreenKeyboardProps, type CloseReason } from './on-screen-keyboard';
export type { LayoutId } from './layouts';
