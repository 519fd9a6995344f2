export declare const DEV_BASE_URL: string;
export declare function baseUrl(env: Record<string, string | undefined>): string;
export declare function manifestFor(template: string, base: string): string;
