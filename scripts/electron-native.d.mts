export function electronBinary(): string | null;
export function electronVersion(): string;
export function ensureElectronSqlite(log?: (msg: string) => void): Promise<string>;
