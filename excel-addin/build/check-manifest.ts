import { DOMParser, type Element } from '@xmldom/xmldom';

/**
 * Structural checks of the add-in manifest that run offline (Microsoft's validator posts the XML
 * to a web service). Returns every problem found, each naming the element and what to fix.
 */
export interface ManifestExpectations {
  /** The lowest ExcelApi set that covers every API the code calls. */
  excelApi: string;
  /** Other requirement sets the code needs (CustomFunctionsRuntime…), by name, lowest version. */
  otherSets?: Record<string, string>;
}

/** OfficeApp children in schema order (TaskPaneApp). */
const TOP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
  'ExtendedOverrides',
];
const TOP_REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'SupportUrl',
  'Hosts',
  'DefaultSettings',
  'Permissions',
];
const RESOURCE_ORDER = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
const HOST_ORDER = ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'];
const STRING_LIMITS: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };

function nameOf(element: Element): string {
  return element.localName ?? element.nodeName;
}

function children(element: Element): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) out.push(node as Element);
  }
  return out;
}

function descendants(element: Element): Element[] {
  return children(element).flatMap((child) => [child, ...descendants(child)]);
}

function checkOrder(parent: string, names: string[], order: string[], problems: string[]): void {
  let last = -1;
  for (const name of names) {
    const at = order.indexOf(name);
    if (at === -1) problems.push(`<${parent}> has an unexpected child <${name}>.`);
    else if (at < last)
      problems.push(`<${name}> is out of order in <${parent}>: the schema wants ${order.join(', ')}.`);
    else last = at;
  }
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Ribbon actions. Microsoft's "Show or hide the task pane" page: `Office.addin.showAsTaskpane()`
 * is ignored for add-ins published in the Microsoft Marketplace since February 23rd, 2026, and the
 * page a pane shows is the <SourceLocation> of an <Action xsi:type="ShowTaskpane">. So a button
 * opens the pane with ShowTaskpane, naming its pane (<TaskpaneId>) and, with a shared runtime,
 * the runtime's own page, so pane, commands and functions stay one runtime.
 */
function checkActions(all: Element[], runtimeResid: string | null): string[] {
  const problems: string[] = [];
  const actions = all.filter((e) => nameOf(e) === 'Action');
  if (!actions.some((a) => a.getAttribute('xsi:type') === 'ShowTaskpane'))
    problems.push('No button opens the pane: add an <Action xsi:type="ShowTaskpane">.');
  for (const action of actions) {
    const type = action.getAttribute('xsi:type');
    const parts = children(action);
    if (type === 'ShowTaskpane') {
      const names = parts.map((e) => nameOf(e));
      checkOrder('Action', names, ['TaskpaneId', 'SourceLocation', 'Title', 'SupportsPinning'], problems);
      if (!parts.find((e) => nameOf(e) === 'TaskpaneId')?.textContent?.trim())
        problems.push('<Action xsi:type="ShowTaskpane"> needs a <TaskpaneId>.');
      const source = parts.find((e) => nameOf(e) === 'SourceLocation')?.getAttribute('resid') ?? null;
      if (!source) problems.push('<Action xsi:type="ShowTaskpane"> needs a <SourceLocation resid="…">.');
      else if (runtimeResid && source !== runtimeResid)
        problems.push(
          `<Action xsi:type="ShowTaskpane"> shows ${source}, not the shared runtime's page ${runtimeResid}: the pane would run apart from the commands and functions.`,
        );
    } else if (type !== 'ExecuteFunction') {
      problems.push(`<Action xsi:type="${type}"> is not an action PlanGate uses.`);
    }
  }
  return problems;
}

export function checkManifest(xml: string, expect: ManifestExpectations): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') problems.push(`The XML does not parse: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root || root.localName !== 'OfficeApp') return [...problems, 'The root element must be <OfficeApp>.'];
  if (root.getAttribute('xsi:type') !== 'TaskPaneApp')
    problems.push('<OfficeApp> must have xsi:type="TaskPaneApp".');

  const top = children(root);
  const topNames = top.map((e) => nameOf(e));
  checkOrder('OfficeApp', topNames, TOP_ORDER, problems);
  for (const name of TOP_REQUIRED)
    if (!topNames.includes(name)) problems.push(`<${name}> is required in <OfficeApp>.`);
  const get = (name: string): Element | undefined => top.find((e) => nameOf(e) === name);

  if (
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
      get('Id')?.textContent?.trim() ?? '',
    )
  ) {
    problems.push('<Id> must be a GUID.');
  }
  if (!/^\d+(\.\d+){0,3}$/.test(get('Version')?.textContent?.trim() ?? ''))
    problems.push('<Version> must look like 1.0.0.0.');
  if (get('Permissions')?.textContent?.trim() !== 'ReadWriteDocument')
    problems.push('<Permissions> must be ReadWriteDocument.');
  const hostNames = descendants(get('Hosts') ?? root)
    .filter((e) => nameOf(e) === 'Host')
    .map((e) => e.getAttribute('Name'));
  if (!hostNames.includes('Workbook')) problems.push('<Hosts> must contain <Host Name="Workbook"/>.');

  // Requirement sets
  const sets = new Map(
    descendants(get('Requirements') ?? root)
      .filter((e) => nameOf(e) === 'Set')
      .map((e) => [e.getAttribute('Name') ?? '', e.getAttribute('MinVersion') ?? '1.1']),
  );
  const excelApi = sets.get('ExcelApi');
  if (!excelApi) problems.push('<Requirements> must name the ExcelApi set.');
  else if (compareVersions(excelApi, expect.excelApi) < 0) {
    problems.push(
      `ExcelApi ${excelApi} is declared but the code calls APIs of ExcelApi ${expect.excelApi}: raise MinVersion.`,
    );
  }

  for (const [name, version] of Object.entries(expect.otherSets ?? {})) {
    const declared = sets.get(name);
    if (!declared || compareVersions(declared, version) < 0)
      problems.push(
        `The code calls APIs of ${name} ${version}: declare <Set Name="${name}" MinVersion="${version}"/>.`,
      );
  }

  const all = descendants(root);
  const sharedRuntime = all.find((e) => nameOf(e) === 'Runtime' && e.getAttribute('lifetime') === 'long');
  if (sharedRuntime && !sets.has('SharedRuntime'))
    problems.push('A long-lived <Runtime> needs <Set Name="SharedRuntime" MinVersion="1.1"/>.');
  problems.push(...checkActions(all, sharedRuntime?.getAttribute('resid') ?? null));

  // VersionOverrides: order, resources, resids
  const overrides = get('VersionOverrides');
  const defined = new Map<string, string>();
  if (overrides) {
    checkOrder(
      'VersionOverrides',
      children(overrides).map((e) => nameOf(e)),
      ['Description', 'Requirements', 'Hosts', 'Resources'],
      problems,
    );
    for (const host of all.filter((e) => nameOf(e) === 'Host' && e.getAttribute('xsi:type'))) {
      checkOrder(
        'Host',
        children(host).map((e) => nameOf(e)),
        HOST_ORDER,
        problems,
      );
    }
    const resources = children(overrides).find((e) => nameOf(e) === 'Resources');
    if (!resources) problems.push('<VersionOverrides> needs <Resources>.');
    else {
      checkOrder(
        'Resources',
        children(resources).map((e) => nameOf(e)),
        RESOURCE_ORDER,
        problems,
      );
      for (const group of children(resources)) {
        for (const item of children(group)) {
          const id = item.getAttribute('id') ?? '';
          const value = item.getAttribute('DefaultValue') ?? '';
          if (defined.has(id)) problems.push(`Resource id "${id}" is defined twice.`);
          if (id.length === 0 || id.length > 32)
            problems.push(`Resource id "${id}" must have 1 to 32 characters.`);
          defined.set(id, nameOf(group));
          const limit = STRING_LIMITS[nameOf(group)];
          if (limit !== undefined && value.length > limit) {
            problems.push(`${nameOf(group)} "${id}" has ${value.length} characters; the limit is ${limit}.`);
          }
        }
      }
    }
  }
  for (const element of all) {
    const resid = element.getAttribute('resid');
    if (resid !== null && !defined.has(resid))
      problems.push(`<${nameOf(element)} resid="${resid}"> refers to no resource.`);
  }
  for (const control of all.filter((e) => nameOf(e) === 'Icon')) {
    const sizes = children(control).map((e) => e.getAttribute('size'));
    for (const size of ['16', '32', '80'])
      if (!sizes.includes(size)) problems.push(`An <Icon> lacks its ${size} px image.`);
  }

  // URLs: https, one origin, listed in AppDomains
  const urls = all.flatMap((e) => {
    const value = e.getAttribute('DefaultValue') ?? '';
    const isUrl =
      /^https?:/i.test(value) ||
      ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(nameOf(e));
    return isUrl && value ? [{ element: nameOf(e), value }] : [];
  });
  const origins = new Set<string>();
  for (const { element, value } of urls) {
    try {
      const url = new URL(value);
      if (url.protocol !== 'https:') problems.push(`<${element}> ${value} must use https.`);
      origins.add(url.origin);
    } catch {
      problems.push(`<${element}> "${value}" is not a URL.`);
    }
  }
  if (origins.size > 1)
    problems.push(`URLs point to ${origins.size} origins (${[...origins].join(', ')}); use one.`);
  const domains = descendants(get('AppDomains') ?? root)
    .filter((e) => nameOf(e) === 'AppDomain')
    .map((e) => e.textContent?.trim() ?? '');
  for (const origin of origins)
    if (!domains.includes(origin)) problems.push(`<AppDomains> must list ${origin}.`);
  return problems;
}
