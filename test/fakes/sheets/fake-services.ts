import type {
  BlobApi,
  HtmlOutputApi,
  HtmlServiceApi,
  MenuApi,
  PropertiesApi,
  PropertiesServiceApi,
  SessionApi,
  UiApi,
  UserApi,
  UtilitiesApi,
} from '../../../sheets-addon/server/apps-script-api.js';
import type { CallLog } from './call-log.js';
import { wallClockOf } from './time-zone.js';

/** Per-user key/value store; each person sees only their own user properties. */
export class FakeProperties implements PropertiesApi {
  readonly values = new Map<string, string>();
  constructor(private readonly log: CallLog) {}
  getProperty(key: string): string | null {
    this.log.hit('Properties.getProperty');
    return this.values.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.log.hit('Properties.setProperty');
    this.values.set(key, String(value));
    return this;
  }
}

export class FakePropertiesService implements PropertiesServiceApi {
  private readonly byUser = new Map<string, FakeProperties>();
  constructor(
    private readonly log: CallLog,
    private readonly currentUser: () => string,
  ) {}
  getUserProperties(): FakeProperties {
    this.log.hit('PropertiesService.getUserProperties');
    const key = this.currentUser();
    let props = this.byUser.get(key);
    if (!props) this.byUser.set(key, (props = new FakeProperties(this.log)));
    return props;
  }
}

/**
 * `Session.getActiveUser().getEmail()` is blank when the user's domain does not share it with
 * the script (consumer accounts running an add-on installed by someone else, other domains).
 */
export class FakeSession implements SessionApi {
  constructor(
    private readonly log: CallLog,
    private readonly visibleEmail: () => string,
  ) {}
  getActiveUser(): UserApi {
    this.log.hit('Session.getActiveUser');
    const email = this.visibleEmail();
    return { getEmail: () => email };
  }
}

/**
 * HtmlOutput. Apps Script serves the page inside its own frame and ignores `<meta>` tags in the
 * file ("HtmlOutput.addMetaTag": "Adds a meta tag to the page. Meta tags included directly in an
 * Apps Script HTML file are ignored."), so the fake answers with the tags added through it only.
 */
export class FakeHtmlOutput implements HtmlOutputApi {
  title = '';
  private readonly metaTags: { name: string; content: string }[] = [];
  constructor(private readonly content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  addMetaTag(name: string, content: string): this {
    if (!['apple-mobile-web-app-capable', 'mobile-web-app-capable', 'viewport'].includes(name))
      throw new Error(
        `Meta tag "${name}" is not allowed; use viewport, apple-mobile-web-app-capable or mobile-web-app-capable.`,
      );
    this.metaTags.push({ name, content });
    return this;
  }
  getMetaTags(): { getName(): string; getContent(): string }[] {
    return this.metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
  }
  /** The viewport the page gets: only one added with addMetaTag. */
  viewport(): string | null {
    return this.metaTags.find((t) => t.name === 'viewport')?.content ?? null;
  }
  getContent(): string {
    return this.content;
  }
}

/** Serves the project's HTML files (`Sidebar` for `Sidebar.html`). */
export class FakeHtmlService implements HtmlServiceApi {
  constructor(
    private readonly log: CallLog,
    private readonly files: Record<string, string>,
  ) {}
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.log.hit('HtmlService.createHtmlOutputFromFile');
    const content = this.files[filename.replace(/\.html$/, '')];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(content);
  }
}

export class FakeMenu implements MenuApi {
  readonly items: { caption: string; functionName: string }[] = [];
  constructor(private readonly onAdd: (menu: FakeMenu) => void) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addToUi(): void {
    this.onAdd(this);
  }
}

export class FakeUi implements UiApi {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  constructor(private readonly log: CallLog) {}
  createAddonMenu(): FakeMenu {
    this.log.hit('Ui.createAddonMenu');
    return new FakeMenu((m) => this.menus.push(m));
  }
  showSidebar(userInterface: HtmlOutputApi): void {
    this.log.hit('Ui.showSidebar');
    this.sidebars.push(userInterface as FakeHtmlOutput);
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Java charset names (what Apps Script takes) → WHATWG labels (what Node decodes). */
const CHARSETS: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'iso-8859-1',
  'x-macroman': 'macintosh',
};

export class FakeBlob implements BlobApi {
  constructor(private readonly bytes: Uint8Array) {}
  getDataAsString(charset: string): string {
    const label = CHARSETS[charset.toLowerCase()];
    if (!label) throw new Error(`Unsupported charset: ${charset}`);
    return new TextDecoder(label).decode(this.bytes);
  }
}

/** `Utilities.formatDate` for the patterns PlanGate uses (yyyy MM dd HH mm ss SSS, quoted literals), and blobs. */
export class FakeUtilities implements UtilitiesApi {
  constructor(private readonly log: CallLog) {}
  newBlob(data: number[]): FakeBlob {
    this.log.hit('Utilities.newBlob');
    if (data.some((b) => !Number.isInteger(b) || b < -128 || b > 127))
      throw new Error('Invalid byte value: bytes are -128…127.');
    return new FakeBlob(Uint8Array.from(data, (b) => b & 0xff));
  }
  formatDate(date: Date, timeZone: string, format: string): string {
    this.log.hit('Utilities.formatDate');
    const w = wallClockOf(date, timeZone);
    return format.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|SSS/g, (token, literal: string | undefined) => {
      if (literal !== undefined) return literal;
      switch (token) {
        case 'yyyy':
          return pad(w.year, 4);
        case 'MM':
          return pad(w.month);
        case 'dd':
          return pad(w.day);
        case 'HH':
          return pad(w.hour);
        case 'mm':
          return pad(w.minute);
        case 'ss':
          return pad(w.second);
        default:
          return pad(w.millisecond, 3);
      }
    });
  }
}
