// WebKit = WebKitWebDriver driving MiniBrowser. MiniBrowser has no headless mode, so this launcher
// also owns an Xvfb when DISPLAY is unset; both are started with the launcher and killed with it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { PATHS } from './engines.mjs';

const children = new Set(); // kept after exit: a group can outlive its leader

// Each helper runs in its own process group (spawn `detached`), so killing the group also ends
// the MiniBrowser and WebKit*Process children that WebKitWebDriver started.
function killAll(signal = 'SIGTERM') {
  for (const child of children) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}
// Last resort when WTR exits without calling stop() (start error, Ctrl-C): never leak processes.
process.on('exit', () => killAll('SIGKILL'));

function track(child, name) {
  children.add(child);
  child.on('error', (error) => console.error(`[webkit] ${name}: ${error.message}`));
  return child;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display; resolves ':N' once it accepts connections. */
function startXvfb() {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3 when ready (no guessing).
  const xvfb = track(
    spawn(PATHS.xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      detached: true,
    }),
    'Xvfb',
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (chunk) => (err += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
  });
}

/** Starts WebKitWebDriver on a free port; resolves the port once /status answers. */
async function startDriver(env) {
  const port = await freePort();
  const driver = track(
    spawn(PATHS.webkitDriver, [`--port=${port}`], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    }),
    'WebKitWebDriver',
  );
  let exited = null;
  driver.on('exit', (code) => (exited = code));
  // Poll by attempts, not by time: the loop ends when the driver answers or dies.
  for (let attempt = 0; attempt < 200; attempt++) {
    if (exited !== null) throw new Error(`WebKitWebDriver exited (${exited})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('WebKitWebDriver never answered /status');
}

class WebkitLauncher extends WebdriverLauncher {
  async initialize(config, testFiles) {
    const env = { ...process.env };
    if (!env.DISPLAY) env.DISPLAY = await startXvfb();
    // this.options is the object handed to webdriverio's remote(); fill in the port we got.
    this.options.port = await startDriver(env);
    return super.initialize(config, testFiles);
  }

  async stop() {
    await super.stop();
    killAll();
  }
}

export function webkitLauncher() {
  return new WebkitLauncher({
    hostname: '127.0.0.1',
    port: 0, // replaced in initialize()
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only; without this wdio 9 asks for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: PATHS.miniBrowser, args: ['--automation'] },
    },
  });
}
