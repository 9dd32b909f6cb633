// Copyright (c) SalesCognition. All rights reserved.

namespace SalesCognition.Ingestion.Mlps.Internal;

/// <summary>One requirement item (要求项) of GB/T 22239-2019 as the requirement table states it.</summary>
/// <param name="Code">The table's own id, as written (<c>GEN-012</c>).</param>
/// <param name="Category">The category as written (<c>安全通用要求</c>, <c>云计算安全扩展要求</c>...).</param>
/// <param name="Extension">The category as a key: <c>general</c>, <c>cloud</c>, <c>mobile</c>, <c>iot</c>, <c>industrial</c>.</param>
/// <param name="Layer">The layer (安全层面), for example <c>安全计算环境</c>.</param>
/// <param name="ControlPoint">The control point (控制点), for example <c>身份鉴别</c>.</param>
/// <param name="Requirement">The requirement text.</param>
/// <param name="Levels">The levels (1-4) the item applies at.</param>
/// <param name="Row">The 1-based data row in the table.</param>
internal sealed record MlpsItem(
    string Code,
    string Category,
    string Extension,
    string Layer,
    string ControlPoint,
    string Requirement,
    IReadOnlyList<int> Levels,
    int Row)
{
    /// <summary>The key of the item's Control node: <c>mlps-gen-012</c>.</summary>
    public string Key => MlpsNames.ControlKey(Code);
}
