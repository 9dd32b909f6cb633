// Copyright (c) SalesCognition. All rights reserved.

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using SalesCognition.Graph.Storage;
using SalesCognition.Graph.Storage.Neo4j;
using SalesCognition.Graph.Storage.Neo4j.Internal;
using SalesCognition.Testing;

namespace SalesCognition.Graph.Tests.Storage.Neo4j;

/// <summary>
/// The whole <see cref="IGraphStore"/> contract on a live Neo4j server at <c>NEO4J_URI</c> (its HTTP address, for
/// example <c>http://localhost:7474</c>), as <c>NEO4J_USER</c> with the password in <c>NEO4J_PASSWORD</c>, in the
/// database <c>NEO4J_DATABASE</c> (default <c>neo4j</c>). Each test writes its tenants under a prefix of its own and
/// deletes everything under it afterwards, so other data on the server is never touched. Without <c>NEO4J_URI</c>
/// every test is reported skipped and no host is contacted.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContractTests, IDisposable
{
    internal const string UriVariable = "NEO4J_URI";
    private const string Skipped = "the live Neo4j contract tests";

    private readonly string _tenantPrefix = $"contract-{Guid.NewGuid():N}/";
    private readonly HttpClient _client = new();

    public void Dispose() => _client.Dispose();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();

        var options = Options();
        var http = new Neo4jHttp(
            _client,
            options.Uri!,
            options.Database,
            Authorization(),
            options.Timeout,
            NullLogger.Instance);
        await http.RunAsync(
            "delete contract test data",
            new CypherStatement(
                "MATCH (x) WHERE x.tenant STARTS WITH $prefix DETACH DELETE x",
                new JsonObject { ["prefix"] = _tenantPrefix }),
            CancellationToken.None);
    }

    protected override Task<IGraphStore> OpenStoreAsync() =>
        Task.FromResult<IGraphStore>(
            new Neo4jGraphStore(_client, Options(), Ontology, Time, new FakeLogger<Neo4jGraphStore>(Logs))
            {
                TenantPrefix = _tenantPrefix,
            });

    protected override Task CloseStoreAsync(IGraphStore store)
    {
        ((Neo4jGraphStore)store).Dispose();
        return Task.CompletedTask;
    }

    private static Neo4jOptions Options() => new()
    {
        Uri = new Uri(Environment.GetEnvironmentVariable(UriVariable)!),
        Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database
            ? database
            : Neo4jOptions.DefaultDatabase,
        User = Environment.GetEnvironmentVariable("NEO4J_USER"),
    };

    private static AuthenticationHeaderValue? Authorization() =>
        Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user
            ? new AuthenticationHeaderValue(
                "Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(
                    $"{user}:{Environment.GetEnvironmentVariable(Neo4jOptions.DefaultPasswordVariable)}")))
            : null;

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task SetArchivedAsync_Archive_LeavesDefaultReadsButKeepsTheEntry() =>
        base.SetArchivedAsync_Archive_LeavesDefaultReadsButKeepsTheEntry();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task SetArchivedAsync_Restore_BringsTheEntryBackUnchanged() =>
        base.SetArchivedAsync_Restore_BringsTheEntryBackUnchanged();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task SetArchivedAsync_UnknownIdsAndOtherTenant_AreNotReportedKnown() =>
        base.SetArchivedAsync_UnknownIdsAndOtherTenant_AreNotReportedKnown();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_NewVersionKeepingAnArchivedEntry_KeepsItArchived() =>
        base.CommitSourceAsync_NewVersionKeepingAnArchivedEntry_KeepsItArchived();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task SetArchivedAsync_AfterReopen_StaysArchived() =>
        base.SetArchivedAsync_AfterReopen_StaysArchived();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task SetArchivedAsync_CancelledToken_ChangesNothing() =>
        base.SetArchivedAsync_CancelledToken_ChangesNothing();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_NewSource_ReadsBackEntriesInOrder() =>
        base.CommitSourceAsync_NewSource_ReadsBackEntriesInOrder();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task GetEntriesAsync_CommittedIds_ReturnsThoseEntriesOnly() =>
        base.GetEntriesAsync_CommittedIds_ReturnsThoseEntriesOnly();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task GetNodesAsync_CommittedIds_ReturnsNodesWithProperties() =>
        base.GetNodesAsync_CommittedIds_ReturnsNodesWithProperties();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task GetRelationsAsync_CommittedSource_ReturnsRelationsAtEitherEndWithTheirSource() =>
        base.GetRelationsAsync_CommittedSource_ReturnsRelationsAtEitherEndWithTheirSource();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task GetRelationsAsync_SeveralNodes_EqualsOneReadPerNode() =>
        base.GetRelationsAsync_SeveralNodes_EqualsOneReadPerNode();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task ListNodesAsync_CommittedSource_IncludesAliasesTheSourceGave() =>
        base.ListNodesAsync_CommittedSource_IncludesAliasesTheSourceGave();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CountAsync_CommittedSource_CountsItsSourceNodesRelationsAndEntries() =>
        base.CountAsync_CommittedSource_CountsItsSourceNodesRelationsAndEntries();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_NewSource_IsPendingWithItsRecord() =>
        base.CommitSourceAsync_NewSource_IsPendingWithItsRecord();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task MarkCommittedAsync_CurrentHash_MarksSourceCommitted() =>
        base.MarkCommittedAsync_CurrentHash_MarksSourceCommitted();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task MarkCommittedAsync_HashOfOtherVersion_LeavesSourcePending() =>
        base.MarkCommittedAsync_HashOfOtherVersion_LeavesSourcePending();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_CommittedSourceChanged_IsPendingAgain() =>
        base.CommitSourceAsync_CommittedSourceChanged_IsPendingAgain();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_SameVersionAgain_ChangesNothing() =>
        base.CommitSourceAsync_SameVersionAgain_ChangesNothing();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_ChangedSource_KeepsOnlyTheNewEntries() =>
        base.CommitSourceAsync_ChangedSource_KeepsOnlyTheNewEntries();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_ChangedSource_ReplacesMentionsOfAnEntryItKeeps() =>
        base.CommitSourceAsync_ChangedSource_ReplacesMentionsOfAnEntryItKeeps();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_ChangedSource_KeepsOnlyTheNewRelations() =>
        base.CommitSourceAsync_ChangedSource_KeepsOnlyTheNewRelations();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_ChangedSource_DropsNodesAndAliasesOnlyTheOldVersionGave() =>
        base.CommitSourceAsync_ChangedSource_DropsNodesAndAliasesOnlyTheOldVersionGave();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_ChangedSource_EndsAsIfOnlyTheNewVersionWasCommitted() =>
        base.CommitSourceAsync_ChangedSource_EndsAsIfOnlyTheNewVersionWasCommitted();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task InitializeAsync_FreshStore_HoldsOnlySeedEntities() =>
        base.InitializeAsync_FreshStore_HoldsOnlySeedEntities();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task InitializeAsync_FreshStore_ListsEverySeedWithItsNameAndAliases() =>
        base.InitializeAsync_FreshStore_ListsEverySeedWithItsNameAndAliases();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task InitializeAsync_FreshStore_ReturnsSeedsByType() =>
        base.InitializeAsync_FreshStore_ReturnsSeedsByType();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task InitializeAsync_CalledAgain_KeepsSeedsAndSourcesOnce() =>
        base.InitializeAsync_CalledAgain_KeepsSeedsAndSourcesOnce();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override void InitializeAsync_FreshStore_LogsGraphStoreOpened() =>
        base.InitializeAsync_FreshStore_LogsGraphStoreOpened();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_ValidCommit_LogsSourceCommittedWithSourceId() =>
        base.CommitSourceAsync_ValidCommit_LogsSourceCommittedWithSourceId();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_SchemaViolation_DoesNotLogSourceCommitted() =>
        base.CommitSourceAsync_SchemaViolation_DoesNotLogSourceCommitted();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_OtherTenant_LeavesDefaultTenantUnchanged() =>
        base.CommitSourceAsync_OtherTenant_LeavesDefaultTenantUnchanged();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task ReadMethods_OtherTenant_SeeNothingOfTheSource() =>
        base.ReadMethods_OtherTenant_SeeNothingOfTheSource();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task ReadMethods_OwningTenant_SeeTheSource() => base.ReadMethods_OwningTenant_SeeTheSource();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task RemoveSourceAsync_SameSourceIdInOtherTenant_KeepsOtherTenantsSource() =>
        base.RemoveSourceAsync_SameSourceIdInOtherTenant_KeepsOtherTenantsSource();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task GetEntriesAsync_SameEntryIdInTwoTenants_ReturnsOnlyOwnMentions() =>
        base.GetEntriesAsync_SameEntryIdInTwoTenants_ReturnsOnlyOwnMentions();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task MarkCommittedAsync_OtherTenant_LeavesSourcePending() =>
        base.MarkCommittedAsync_OtherTenant_LeavesSourcePending();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task GetEntriesAsync_ArchivedEntry_IsLeftOutByDefault() =>
        base.GetEntriesAsync_ArchivedEntry_IsLeftOutByDefault();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task GetEntriesAsync_ArchivedEntryWhenAsked_IsReturnedFlagged() =>
        base.GetEntriesAsync_ArchivedEntryWhenAsked_IsReturnedFlagged();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task ReopenAsync_AfterCommits_KeepsEverything() => base.ReopenAsync_AfterCommits_KeepsEverything();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task ReopenAsync_AfterRemoval_StaysRemoved() => base.ReopenAsync_AfterRemoval_StaysRemoved();

    [RequiresEnvironmentTheory(UriVariable, Skipped)]
    [MemberData(nameof(Operations))]
    public override Task Operation_CancelledToken_ThrowsOperationCanceled(string operation) =>
        base.Operation_CancelledToken_ThrowsOperationCanceled(operation);

    [RequiresEnvironmentTheory(UriVariable, Skipped)]
    [MemberData(nameof(Operations))]
    public override Task Operation_CancelledToken_ChangesNothing(string operation) =>
        base.Operation_CancelledToken_ChangesNothing(operation);

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_TwoSourcesNameSameNode_StoresOneNode() =>
        base.CommitSourceAsync_TwoSourcesNameSameNode_StoresOneNode();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_SourceNamesNodeTwice_StoresItOnce() =>
        base.CommitSourceAsync_SourceNamesNodeTwice_StoresItOnce();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task RemoveSourceAsync_OneOfTwoSourcesNamingNode_KeepsNode() =>
        base.RemoveSourceAsync_OneOfTwoSourcesNamingNode_KeepsNode();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task RemoveSourceAsync_BothSourcesNamingNode_DeletesNode() =>
        base.RemoveSourceAsync_BothSourcesNamingNode_DeletesNode();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task RemoveSourceAsync_OnlySourceNamingSeed_KeepsSeedAndItsAliases() =>
        base.RemoveSourceAsync_OnlySourceNamingSeed_KeepsSeedAndItsAliases();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task RemoveSourceAsync_CommittedSource_RemovesEverythingItContributed() =>
        base.RemoveSourceAsync_CommittedSource_RemovesEverythingItContributed();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task RemoveSourceAsync_UnknownSource_ReturnsFalseAndChangesNothing() =>
        base.RemoveSourceAsync_UnknownSource_ReturnsFalseAndChangesNothing();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task RemoveSourceAsync_NodeAnotherSourceRelatesTo_DropsThatRelationWithTheNode() =>
        base.RemoveSourceAsync_NodeAnotherSourceRelatesTo_DropsThatRelationWithTheNode();

    [RequiresEnvironmentFact(UriVariable, Skipped)]
    public override Task CommitSourceAsync_ConcurrentSourcesNamingSameNodes_NodeKeepsBothSources() =>
        base.CommitSourceAsync_ConcurrentSourcesNamingSameNodes_NodeKeepsBothSources();

    [RequiresEnvironmentTheory(UriVariable, Skipped)]
    [MemberData(nameof(SchemaViolations))]
    public override Task CommitSourceAsync_SchemaViolation_ThrowsGraphSchemaException(string violation) =>
        base.CommitSourceAsync_SchemaViolation_ThrowsGraphSchemaException(violation);

    [RequiresEnvironmentTheory(UriVariable, Skipped)]
    [MemberData(nameof(SchemaViolations))]
    public override Task CommitSourceAsync_SchemaViolation_LeavesStoreUnchanged(string violation) =>
        base.CommitSourceAsync_SchemaViolation_LeavesStoreUnchanged(violation);

    [RequiresEnvironmentTheory(UriVariable, Skipped)]
    [MemberData(nameof(SchemaViolations))]
    public override Task CommitSourceAsync_SchemaViolationInNewVersion_KeepsPreviousVersion(string violation) =>
        base.CommitSourceAsync_SchemaViolationInNewVersion_KeepsPreviousVersion(violation);
}
