// Karma for `ng test`: Jasmine specs in Debian's Chromium, headless (CHROME_BIN=/usr/bin/chromium unless set).
// The flags are the ones Chromium needs here: it refuses to start as root without --no-sandbox, and must
// neither reach the network nor update itself. A run with no spec fails (failOnEmptyTestSuite), and
// scripts/testing/karma-phase.sh also checks the "TOTAL: n SUCCESS" line the progress reporter prints.
const os = require('node:os');
const path = require('node:path');

process.env.CHROME_BIN ||= '/usr/bin/chromium';

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher')],
    client: { jasmine: { random: true }, clearContext: true },
    reporters: ['progress'],
    browsers: ['ChromeHeadlessCI'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
          `--user-data-dir=${path.join(os.tmpdir(), `dmh-h5-karma-${process.pid}`)}`,
        ],
      },
    },
    failOnEmptyTestSuite: true,
    singleRun: true,
    autoWatch: false,
    browserNoActivityTimeout: 120000,
    captureTimeout: 120000,
    restartOnFileChange: false,
  });
};
