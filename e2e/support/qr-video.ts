import { chromium, type Browser } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { encode } from 'uqr';
import { chromiumArgs, chromiumPath } from './chromium';

/**
 * A camera that films a QR code: Chromium's fake capture device plays a Y4M file
 * in a loop, so the real getUserMedia → <video> → ZXing path runs end to end.
 */

const width = 640;
const height = 480;
/** White and black as video luma (BT.601 studio range), and grey-free chroma. */
const white = 235;
const black = 16;
const neutralChroma = 128;
/** The blank margin every QR reader needs around the code, in modules. */
const quietZone = 4;

/** One 4:2:0 frame: the code centred on white, each module a square of whole pixels. */
function qrFrame(text: string): Buffer {
  // Level M, as printed notices use: uqr's default (L) gives `javascript:alert(1)` a
  // symbol ZXing cannot read (FormatException), which would make a refusal test pass for nothing.
  const { data } = encode(text, { border: 0, ecc: 'M' });
  const modules = data.length + 2 * quietZone;
  const scale = Math.floor((Math.min(width, height) - 20) / modules);
  if (scale < 2) throw new Error(`QR code of ${data.length} modules does not fit a ${width}×${height} frame`);
  const left = Math.floor((width - data.length * scale) / 2);
  const top = Math.floor((height - data.length * scale) / 2);

  const luma = Buffer.alloc(width * height, white);
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (!dark) return;
    for (let dy = 0; dy < scale; dy++) luma.fill(black, (top + y * scale + dy) * width + left + x * scale, (top + y * scale + dy) * width + left + (x + 1) * scale);
  }));
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, neutralChroma); // U plane, then V plane
  return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
}

/** Writes a few seconds' worth of frames (10 fps) showing `text` as a QR code. */
export function writeQrVideo(text: string, file: string, frames = 10): void {
  const frame = qrFrame(text);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

/** The flags that grant the camera without asking and make it play `videoFile`. */
export function fakeCameraArgs(videoFile: string): string[] {
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${videoFile}`];
}

/** A browser of its own: the fake camera's file is fixed for the life of the browser. */
export function launchWithFakeCamera(videoFile: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, ...fakeCameraArgs(videoFile)] });
}
