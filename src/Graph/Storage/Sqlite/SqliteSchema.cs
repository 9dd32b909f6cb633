// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Storage.Sqlite;

/// <summary>
/// The tables of the embedded graph. Every table carries the tenant; provenance tables tie rows to sources.
/// </summary>
internal static class SqliteSchema
{
    public const string Create = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS sources (
            tenant TEXT NOT NULL, source_id TEXT NOT NULL, uri TEXT NOT NULL, kind TEXT NOT NULL,
            content_hash TEXT NOT NULL, state INTEGER NOT NULL, ingested_at TEXT NOT NULL, title TEXT NOT NULL,
            PRIMARY KEY (tenant, source_id));
        CREATE TABLE IF NOT EXISTS nodes (
            tenant TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,
            props TEXT NOT NULL DEFAULT '{}', archived INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (tenant, id));
        CREATE INDEX IF NOT EXISTS nodes_by_type ON nodes (tenant, type);
        CREATE TABLE IF NOT EXISTS node_sources (
            tenant TEXT NOT NULL, node_id TEXT NOT NULL, source_id TEXT NOT NULL,
            PRIMARY KEY (tenant, node_id, source_id));
        CREATE INDEX IF NOT EXISTS node_sources_by_source ON node_sources (tenant, source_id);
        CREATE TABLE IF NOT EXISTS node_aliases (
            tenant TEXT NOT NULL, node_id TEXT NOT NULL, alias TEXT NOT NULL, source_id TEXT NOT NULL,
            PRIMARY KEY (tenant, node_id, alias, source_id));
        CREATE INDEX IF NOT EXISTS node_aliases_by_source ON node_aliases (tenant, source_id);
        CREATE TABLE IF NOT EXISTS relations (
            tenant TEXT NOT NULL, type TEXT NOT NULL, from_id TEXT NOT NULL, to_id TEXT NOT NULL,
            source_id TEXT NOT NULL, props TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (tenant, type, from_id, to_id, source_id));
        CREATE INDEX IF NOT EXISTS relations_by_from ON relations (tenant, from_id);
        CREATE INDEX IF NOT EXISTS relations_by_to ON relations (tenant, to_id);
        CREATE INDEX IF NOT EXISTS relations_by_source ON relations (tenant, source_id);
        CREATE TABLE IF NOT EXISTS entries (
            tenant TEXT NOT NULL, id TEXT NOT NULL, source_id TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
            heading_path TEXT NOT NULL, text TEXT NOT NULL, ordinal INTEGER NOT NULL,
            loc_start INTEGER NOT NULL, loc_end INTEGER NOT NULL, loc_path TEXT NOT NULL,
            content_hash TEXT NOT NULL, ownership INTEGER NOT NULL, archived INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (tenant, id));
        CREATE INDEX IF NOT EXISTS entries_by_source ON entries (tenant, source_id);
        CREATE TABLE IF NOT EXISTS mentions (
            tenant TEXT NOT NULL, entry_id TEXT NOT NULL, node_id TEXT NOT NULL, surface TEXT NOT NULL,
            PRIMARY KEY (tenant, entry_id, node_id));
        CREATE INDEX IF NOT EXISTS mentions_by_node ON mentions (tenant, node_id);
        """;
}
