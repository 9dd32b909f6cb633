// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Pipeline;

/// <summary>Progress of a run, reported after each source.</summary>
/// <param name="Done">Sources finished.</param>
/// <param name="Total">Sources in the run.</param>
/// <param name="Result">The source just finished.</param>
public sealed record IngestProgress(int Done, int Total, SourceResult Result);
