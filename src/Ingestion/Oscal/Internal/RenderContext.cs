// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Oscal.Internal;

/// <summary>Where prose is being rendered, for warnings and errors.</summary>
/// <param name="Json">The document's reader (names the file in errors).</param>
/// <param name="Builder">Collects warnings.</param>
/// <param name="ControlId">The control whose text is rendered.</param>
/// <param name="Path">JSON path of that control.</param>
internal sealed record RenderContext(OscalJson Json, OscalSourceBuilder Builder, string ControlId, string Path);
