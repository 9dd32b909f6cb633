// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Storage.Neo4j.Internal;

/// <summary>
/// How the graph is laid out in Neo4j. Every node and relationship carries the tenant.
/// <list type="bullet">
/// <item><c>(:ScSource)</c> the record of an ingested source version.</item>
/// <item><c>(:ScOrigin)</c> one per source id (and <c>ontology</c> for seeds): the anchor of provenance.
/// <c>(:ScNode)-[:SC_FROM]-&gt;(:ScOrigin)</c> says a source supports a node; <c>-[:SC_ALIAS {alias}]-&gt;</c> says it
/// gave the node another name.</item>
/// <item><c>(:ScNode)-[:SC_RELATION {type, sourceId}]-&gt;(:ScNode)</c> a relation as one source states it; its
/// free properties are <c>prop_</c>-prefixed, as the node's are.</item>
/// <item><c>(:ScEntry)-[:SC_MENTIONS {surface, ordinal}]-&gt;(:ScNode)</c> an entry and the entities it mentions.</item>
/// </list>
/// </summary>
internal static class Neo4jSchema
{
    /// <summary>The prefix of a node's or relation's free properties among its stored properties.</summary>
    public const string PropertyPrefix = "prop_";

    /// <summary>
    /// Constraints and indexes, each its own statement (schema changes cannot share a transaction with writes).
    /// Composite uniqueness constraints exist in every edition of Neo4j 5; node keys need Enterprise.
    /// </summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        "CREATE CONSTRAINT sc_source_key IF NOT EXISTS FOR (x:ScSource) REQUIRE (x.tenant, x.sourceId) IS UNIQUE",
        "CREATE CONSTRAINT sc_origin_key IF NOT EXISTS FOR (x:ScOrigin) REQUIRE (x.tenant, x.sourceId) IS UNIQUE",
        "CREATE CONSTRAINT sc_node_key IF NOT EXISTS FOR (x:ScNode) REQUIRE (x.tenant, x.id) IS UNIQUE",
        "CREATE CONSTRAINT sc_entry_key IF NOT EXISTS FOR (x:ScEntry) REQUIRE (x.tenant, x.id) IS UNIQUE",
        "CREATE INDEX sc_node_type IF NOT EXISTS FOR (x:ScNode) ON (x.tenant, x.type)",
        "CREATE INDEX sc_entry_source IF NOT EXISTS FOR (x:ScEntry) ON (x.tenant, x.sourceId)",
        "CREATE INDEX sc_relation_source IF NOT EXISTS FOR ()-[r:SC_RELATION]-() ON (r.tenant, r.sourceId)",
        "CREATE INDEX sc_relation_tenant IF NOT EXISTS FOR ()-[r:SC_RELATION]-() ON (r.tenant)",
    ];
}
