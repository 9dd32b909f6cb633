// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Csv;

namespace SalesCognition.Ingestion.Tests.Csv;

public sealed class CsvTableTests
{
    public static TheoryData<string, string[][]> WellFormed => new()
    {
        { "a,b\n1,2\n", [["1", "2"]] },
        { "a,b\r\n1,2\r\n3,4\r\n", [["1", "2"], ["3", "4"]] },
        { "a,b\r1,2\r3,4", [["1", "2"], ["3", "4"]] },
        { "a,b\n1,2", [["1", "2"]] },
        { "a,b\n\"x, y\",2\n", [["x, y", "2"]] },
        { "a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n", [["say \"hi\"", "\""]] },
        { "a,b\n\"l1\nl2\",2\n", [["l1\nl2", "2"]] },
        { "a,b\r\n\"l1\r\nl2\",2\r\n", [["l1\r\nl2", "2"]] },
        { "\uFEFFa,b\n1,2\n", [["1", "2"]] },
        { "a,b\n1,2\n\n\r\n\n", [["1", "2"]] },
        { "a,b\n1,2\n\n3,4\n", [["1", "2"], ["3", "4"]] },
        { "a,b,c\n,,\n\"\",x,\n", [["", "", ""], ["", "x", ""]] },
        { "a,b\n 1 , 2 \n", [[" 1 ", " 2 "]] },
        { "a,b\n中文,\"等保2.0, 三级\"\n", [["中文", "等保2.0, 三级"]] },
    };

    public static TheoryData<string, string> Numbering => new()
    {
        { "a,b\n1,2\n3,4\n", "2:2 3:3" },
        { "a,b\r\nA,\"x\r\ny\"\r\nB,z\r\n", "2:2 3:4" },
        { "a,b\n1,2\n\n\n3,4\n", "2:2 3:5" },
        { "\n\na,b\n1,2\n", "2:4" },
        { "a,b\r1,\"x\ry\"\r3,4\r", "2:2 3:4" },
    };

    public static TheoryData<string, int, int, string, string> Malformed => new()
    {
        { "id,v\n1,a\n2\n3,c\n", 3, 3, "1 fields where the header has 2.", "1 3" },
        { "id,v\n1,a\n2,b,x\n3,c\n", 3, 3, "3 fields where the header has 2.", "1 3" },
        { "id,v\n1,a\n2,\"open\n3,c\n", 3, 3, "the quote opened on line 3 is never closed.", "1 3" },
        { "id,v\n1,a\n2,\"open, still open", 3, 3, "the quote opened on line 3 is never closed.", "1" },
        { "id,v\n1,\"a\nb\"\n2,\"c\n3,e\n", 3, 4, "the quote opened on line 4 is never closed.", "1 3" },
        { "id,v\n1,\"a\"b\n2,c\n", 2, 2, "text after a closing quote on line 2.", "2" },
        { "id,v\n1,a\"b\n2,c\n", 2, 2, "a double quote inside an unquoted field on line 2.", "2" },
        { "id,v\n1, \"a\"\n2,c\n", 2, 2, "a double quote inside an unquoted field on line 2.", "2" },
        { "id,v\r\n1,\"a\r\nb\"\r\n2\r\n3,c\r\n", 3, 4, "1 fields where the header has 2.", "1 3" },
    };

    [Theory]
    [MemberData(nameof(WellFormed))]
    public void Parse_WellFormedText_ReadsEveryFieldAsWritten(string text, string[][] expected)
    {
        var table = CsvTable.Parse(text);

        Assert.Equal(new[] { "a", "b", "c" }.Take(expected[0].Length), table.Header);
        Assert.Equal(expected, table.Rows.Select(r => r.Fields.ToArray()));
        Assert.Empty(table.Problems);
    }

    [Theory]
    [MemberData(nameof(Numbering))]
    public void Parse_Rows_CarryTheirRowAndStartingLine(string text, string expected)
    {
        var table = CsvTable.Parse(text);

        Assert.Equal(expected, string.Join(' ', table.Rows.Select(r => $"{r.Row}:{r.Line}")));
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_MalformedRecord_IsAProblemAtItsRowAndLineAndTheGoodRowsComeThrough(
        string text,
        int row,
        int line,
        string message,
        string goodIds)
    {
        var table = CsvTable.Parse(text);

        var problem = Assert.Single(table.Problems);
        Assert.Equal(new CsvProblem(row, line, message), problem);
        Assert.Equal(goodIds, string.Join(' ', table.Rows.Select(r => r[0])));
    }

    [Theory]
    [InlineData("", "the file is empty; a header row is expected.", 1)]
    [InlineData("\uFEFF\r\n\r\n", "the file is empty; a header row is expected.", 1)]
    [InlineData("\"id,v\n1,2\n", "the quote opened on line 1 is never closed.", 1)]
    [InlineData("\nid,\"v\"x\n1,2\n", "text after a closing quote on line 2.", 2)]
    public void Parse_NoReadableHeader_IsOneProblemAtRowOneAndNoRows(string text, string message, int line)
    {
        var table = CsvTable.Parse(text);

        Assert.Empty(table.Header);
        Assert.Empty(table.Rows);
        Assert.Equal([new CsvProblem(1, line, message)], table.Problems);
    }

    [Theory]
    [InlineData("a, b ,c\n1,2,3\n", "a|b|c")]
    [InlineData("\uFEFFid,name\r\n1,x\r\n", "id|name")]
    [InlineData("id\rx\r", "id")]
    [InlineData("\r\n\nid,name\n", "id|name")]
    [InlineData("\"x, y\",\" z \",\"say \"\"w\"\"\"\n", "x, y|z|say \"w\"")]
    [InlineData("id,name\n\"never closed,1\n", "id|name")]
    [InlineData("\"id,name\n1,x\n", "")]
    [InlineData("", "")]
    public void PeekHeader_FirstRecord_GivesTrimmedNamesWithoutReadingOn(string text, string expected)
    {
        var header = CsvTable.PeekHeader(text);

        Assert.Equal(expected, string.Join('|', header));
    }

    [Theory]
    [InlineData("ID", 0)]
    [InlineData("name", 1)]
    [InlineData("Name", 1)]
    [InlineData("missing", -1)]
    public void Column_NameInAnyCase_GivesTheFirstColumnOfThatName(string name, int expected)
    {
        var table = CsvTable.Parse(" id ,Name,NAME\n1,a,b\n");

        Assert.Equal(expected, table.Column(name));
    }

    [Theory]
    [InlineData(new[] { "id" }, true)]
    [InlineData(new[] { "ID", "name" }, true)]
    [InlineData(new[] { "id", "other" }, false)]
    public void Has_Columns_TrueOnlyWhenAllArePresent(string[] columns, bool expected)
    {
        var table = CsvTable.Parse("id,name\n");

        Assert.Equal(expected, table.Has(columns));
    }

    [Theory]
    [InlineData(0, "x")]
    [InlineData(1, "")]
    [InlineData(-1, "")]
    [InlineData(2, "")]
    public void Indexer_Column_GivesTheTrimmedFieldOrEmpty(int column, string expected)
    {
        var row = new CsvRow(2, 2, [" x ", "  "]);

        Assert.Equal(expected, row[column]);
    }

    [Fact]
    public void Location_Problem_NamesRowAndLine()
    {
        var problem = new CsvProblem(4, 7, "bad.");

        Assert.Equal("row 4 (line 7)", problem.Location);
    }
}
