import { DOMParser, type Element } from '@xmldom/xmldom';

/** The schema the unified manifest is written for (its copy ships in npm @microsoft/app-manifest). */
export const UNIFIED_SCHEMA_VERSION = '1.24';

interface FunctionsJson {
  functions: {
    id: string;
    name: string;
    description?: string;
    result: { dimensionality?: string };
    parameters: {
      name: string;
      description?: string;
      type?: string;
      dimensionality?: string;
      optional?: boolean;
    }[];
  }[];
}

function all(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', name));
}

/**
 * The unified manifest for Microsoft 365 (`manifest.json`), generated from manifest.xml (the one
 * source: ids, names, URLs, requirement sets, the ribbon button and its pane) and functions.json
 * (the worksheet functions), so the two manifests cannot drift apart. Microsoft's "Office Add-ins
 * with the unified app manifest for Microsoft 365" maps each XML element to its JSON property.
 */
export function unifiedManifest(xml: string, functions: FunctionsJson): Record<string, unknown> {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement as unknown as Element;
  const one = (name: string): Element => {
    const found = all(root, name)[0];
    if (!found) throw new Error(`manifest.xml has no <${name}>.`);
    return found;
  };
  const value = (name: string) =>
    one(name).getAttribute('DefaultValue') ?? one(name).textContent?.trim() ?? '';
  const resources = new Map(
    ['Image', 'Url', 'String'].flatMap((tag) =>
      all(root, tag)
        .filter((e) => e.getAttribute('id'))
        .map((e) => [e.getAttribute('id')!, e.getAttribute('DefaultValue') ?? ''] as const),
    ),
  );
  const resource = (element: Element | undefined, attribute = 'resid'): string => {
    const id = element?.getAttribute(attribute) ?? '';
    const found = resources.get(id);
    if (found === undefined) throw new Error(`manifest.xml names resource "${id}" but defines none.`);
    return found;
  };
  const child = (parent: Element, name: string) => all(parent, name)[0];
  const icons = (parent: Element) =>
    all(child(parent, 'Icon'), 'Image').map((image) => ({
      size: Number(image.getAttribute('size')),
      url: resource(image),
    }));

  const version = value('Version').split('.').slice(0, 3).join('.');
  const sets = all(one('Requirements'), 'Set').map((set) => ({
    name: set.getAttribute('Name')!,
    minVersion: set.getAttribute('MinVersion')!,
  }));
  const group = one('Group');
  const button = all(group, 'Control')[0];
  const action = child(button, 'Action');
  if (action.getAttribute('xsi:type') !== 'ShowTaskpane')
    throw new Error('The ribbon button must be a ShowTaskpane action to become an openPage action.');
  const paneId = child(action, 'TaskpaneId').textContent!.trim();
  const functionsSource =
    one('ExtensionPoint').getAttribute('xsi:type') === 'CustomFunctions' ? one('ExtensionPoint') : null;

  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_SCHEMA_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: UNIFIED_SCHEMA_VERSION,
    version,
    id: value('Id'),
    developer: {
      name: value('ProviderName'),
      websiteUrl: value('SupportUrl'),
      privacyUrl: value('SupportUrl'),
      termsOfUseUrl: value('SupportUrl'),
    },
    name: { short: value('DisplayName'), full: value('DisplayName') },
    description: { short: value('DisplayName'), full: value('Description') },
    icons: { outline: 'assets/icon-32.png', color: 'assets/icon-128.png' },
    accentColor: '#FFFFFF',
    localizationInfo: { defaultLanguageTag: value('DefaultLocale') },
    validDomains: all(one('AppDomains'), 'AppDomain').map((d) => new URL(d.textContent!.trim()).host),
    authorization: {
      permissions: { resourceSpecific: [{ name: 'Document.ReadWrite.User', type: 'Delegated' }] },
    },
    extensions: [
      {
        requirements: { scopes: ['workbook'], capabilities: sets },
        runtimes: [
          {
            id: 'SharedRuntime',
            type: 'general',
            code: {
              page: resource(one('Runtime')),
              ...(functionsSource
                ? { script: resource(child(child(functionsSource, 'Script'), 'SourceLocation')) }
                : {}),
            },
            lifetime: one('Runtime').getAttribute('lifetime') === 'long' ? 'long' : 'short',
            actions: [{ id: paneId, type: 'openPage', view: paneId, pinnable: false }],
            ...(functionsSource
              ? {
                  customFunctions: {
                    namespace: {
                      id: resource(child(functionsSource, 'Namespace')),
                      name: resource(child(functionsSource, 'Namespace')),
                    },
                    functions: functions.functions.map((f) => ({
                      id: f.id,
                      name: f.name,
                      description: f.description,
                      parameters: f.parameters.map((p) => ({
                        name: p.name,
                        description: p.description,
                        type: p.type,
                        dimensionality: p.dimensionality,
                        optional: p.optional,
                      })),
                      result: { dimensionality: f.result.dimensionality ?? 'scalar' },
                    })),
                    metadataUrl: resource(child(child(functionsSource, 'Metadata'), 'SourceLocation')),
                  },
                }
              : {}),
          },
        ],
        ribbons: [
          {
            contexts: ['default'],
            tabs: [
              {
                builtInTabId: child(one('DesktopFormFactor'), 'OfficeTab').getAttribute('id'),
                groups: [
                  {
                    id: group.getAttribute('id'),
                    label: resource(child(group, 'Label')),
                    icons: icons(group),
                    controls: [
                      {
                        id: button.getAttribute('id'),
                        type: 'button',
                        label: resource(child(button, 'Label')),
                        icons: icons(button),
                        supertip: {
                          title: resource(child(child(button, 'Supertip'), 'Title')),
                          description: resource(child(child(button, 'Supertip'), 'Description')),
                        },
                        actionId: paneId,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [
          {
            title: resource(child(one('GetStarted'), 'Title')),
            description: resource(child(one('GetStarted'), 'Description')),
            learnMoreUrl: resource(child(one('GetStarted'), 'LearnMoreUrl')),
          },
        ],
      },
    ],
  };
}
