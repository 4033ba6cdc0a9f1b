/**
 * How the tests and benchmarks start Chromium: Debian's by default (CHROMIUM_PATH points elsewhere: Ubuntu's
 * snap, macOS's Chrome), headless, with nothing that reaches the network on its own.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
