export declare const POSTGRESQL_CLIENT_DIR: string;
export declare function derivePostgresqlSchema(sqliteSchema: string, clientOutput: string): string;
