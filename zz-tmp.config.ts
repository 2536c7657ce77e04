import { defineConfig, devices } from '@playwright/test';
export default defineConfig({
  testDir: 'e2e/zz-tmp', outputDir: '/tmp/zz-pw-out', workers: 2, reporter: 'list',
  use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] } },
});
