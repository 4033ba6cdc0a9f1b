import { EventEmitter } from 'node:events';

/**
 * A stand-in for the 'electron' module, just wide enough to run dist-style main.cjs under
 * Node: it records what main registers (protocol and IPC handlers, menu, windows, session
 * hooks) so main-wiring.test.ts can drive them. Only for machines without Electron's
 * binary; tests/electron/electron-app.e2e.ts covers the real thing where it is installed.
 */
export interface FakeFrame {
  processId: number;
  routingId: number;
  url: string;
  parent: FakeFrame | null;
  isDestroyed(): boolean;
}

type Handler = (...args: never[]) => unknown;
type Callback<T> = (value: T) => void;

export interface FakeMenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  submenu?: FakeMenuItem[];
  click?: () => void;
}

export class FakeWebContents extends EventEmitter {
  mainFrame: FakeFrame = {
    processId: 1,
    routingId: 1,
    url: 'app://attune/index.html',
    parent: null,
    isDestroyed: () => false,
  };
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }): void {
    this.openHandler = h;
  }
}

export interface FakeState {
  app: EventEmitter;
  paths: Record<string, string>;
  privileged: { scheme: string; privileges: Record<string, boolean> }[];
  protocolHandlers: Record<string, (request: Request) => Promise<Response>>;
  ipcHandlers: Record<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
  menu: FakeMenuItem[] | null;
  windows: FakeBrowserWindow[];
  messageBoxes: { message: string; detail: string }[];
  errorBoxes: { title: string; content: string }[];
  saveDialogResult: { canceled: boolean; filePath?: string };
  permissionRequest: ((contents: unknown, permission: string, callback: Callback<boolean>) => void) | null;
  permissionCheck: (() => boolean) | null;
  spellChecker: boolean | null;
  beforeRequest: ((details: { url: string }, callback: Callback<{ cancel: boolean }>) => void) | null;
  headersReceived:
    | ((
        details: { responseHeaders?: Record<string, string[]> },
        callback: Callback<{ responseHeaders: Record<string, string[]> }>,
      ) => void)
    | null;
  exitCode: number | null;
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };
  constructor(
    readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> },
    private readonly state: FakeState,
  ) {
    super();
    state.windows.push(this);
    state.app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  isVisible(): boolean {
    return true;
  }
  isMaximized(): boolean {
    return false;
  }
  isFullScreen(): boolean {
    return false;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
  focus(): void {}
  show(): void {}
  restore(): void {}
  maximize(): void {}
}

export function createFakeElectron(tmpFallback: string): { state: FakeState; module: Record<string, unknown> } {
  let ready = false;
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setName: () => {},
    setPath: (key: string, value: string) => {
      state.paths[key] = value;
    },
    getPath: (key: string) => state.paths[key] ?? `${tmpFallback}/${key}`,
    requestSingleInstanceLock: () => true,
    whenReady: () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          ready = true;
          resolve();
        }, 5),
      ),
    isReady: () => ready,
    getVersion: () => '0.0.0-electron',
    quit: () => {},
    exit: (code: number) => {
      state.exitCode = code;
    },
    setAboutPanelOptions: () => {},
  });
  const state: FakeState = {
    app,
    paths: {},
    privileged: [],
    protocolHandlers: {},
    ipcHandlers: {},
    menu: null,
    windows: [],
    messageBoxes: [],
    errorBoxes: [],
    saveDialogResult: { canceled: true },
    permissionRequest: null,
    permissionCheck: null,
    spellChecker: null,
    beforeRequest: null,
    headersReceived: null,
    exitCode: null,
  };
  const set =
    <K extends keyof FakeState>(key: K) =>
    (value: FakeState[K]) => {
      state[key] = value;
    };
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const messageBox = async (a: unknown, b?: unknown) => {
    const options = (b ?? a) as { message: string; detail: string };
    state.messageBoxes.push({ message: options.message, detail: options.detail });
    return { response: 0 };
  };
  const module: Record<string, unknown> = {
    app,
    BrowserWindow: class extends FakeBrowserWindow {
      constructor(options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
        super(options, state);
      }
    },
    protocol: { registerSchemesAsPrivileged: set('privileged') },
    session: {
      defaultSession: {
        setPermissionRequestHandler: set('permissionRequest'),
        setPermissionCheckHandler: set('permissionCheck'),
        setDevicePermissionHandler: () => {},
        setSpellCheckerEnabled: set('spellChecker'),
        webRequest: { onBeforeRequest: set('beforeRequest'), onHeadersReceived: set('headersReceived') },
        protocol: {
          handle: (scheme: string, h: (request: Request) => Promise<Response>) => {
            state.protocolHandlers[scheme] = h;
          },
        },
      },
    },
    ipcMain: {
      handle: (channel: string, h: Handler) => {
        state.ipcHandlers[channel] = h as unknown as FakeState['ipcHandlers'][string];
      },
    },
    Menu: { buildFromTemplate: (t: FakeMenuItem[]) => t, setApplicationMenu: set('menu') },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    dialog: {
      showErrorBox: (title: string, content: string) => state.errorBoxes.push({ title, content }),
      showMessageBox: messageBox,
      showSaveDialog: async () => state.saveDialogResult,
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
  };
  return { state, module };
}
