// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Graph.Storage.Neo4j;

/// <summary>Where the Neo4j graph store lives (configuration section <c>Graph:Neo4j</c>).</summary>
public sealed class Neo4jOptions
{
    /// <summary>The database used when none is configured.</summary>
    public const string DefaultDatabase = "neo4j";

    /// <summary>The environment variable read for the password when none is configured.</summary>
    public const string DefaultPasswordVariable = "NEO4J_PASSWORD";

    /// <summary>The HTTP address of the server (its Query API), for example <c>http://localhost:7474</c>.</summary>
    public Uri? Uri { get; set; }

    /// <summary>The database holding every tenant's graph (tenants are told apart by a property).</summary>
    public string Database { get; set; } = DefaultDatabase;

    /// <summary>The user of basic authentication; when empty, requests carry no <c>Authorization</c> header.</summary>
    public string? User { get; set; }

    /// <summary>
    /// The environment variable that holds the password of <see cref="User"/>; the password itself never sits in
    /// configuration and is never logged.
    /// </summary>
    public string PasswordVariable { get; set; } = DefaultPasswordVariable;

    /// <summary>How long one request to the server may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
