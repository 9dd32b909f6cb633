// Copyright (c) SalesCognition. All rights reserved.

using SalesCognition.Ingestion.Crm;
using SalesCognition.Ingestion.Linking;
using SalesCognition.Ingestion.Sources;
using SalesCognition.Retrieval.Reasoning.CaseMatching;

namespace SalesCognition.Ingestion.Tests.Crm;

public sealed class CrmCsvReaderTests
{
    private readonly CrmCsvReader _reader = new();

    [Fact]
    public void Read_PipelineWithBadRows_ReportsEachRowNumberAndKeepsTheGoodRows()
    {
        var csv = """
            opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
            A1,x,GTX Pro,Acme,Won,2017-01-02,2017-02-03,4500
            A2,x,GTX Pro,Acme,Closed,2017-01-02,2017-02-03,4500
            A3,x,GTX Pro,Acme,Won,2017-01-02,2017-02-03,lots
            A4,x,,Acme,Lost,2017-01-02,2017-02-03,0
            A5,x,MG Special,,Engaging,2017-01-02,,
            A1,x,GTX Pro,Acme,Won,2017-01-02,2017-02-03,4500
            A6,x,GTX Pro,Acme,Lost,2017-03-02,2017-02-03,0
            """;

        var parsed = _reader.Read(Input("sales_pipeline.csv", csv));

        Assert.Equal(["row 3", "row 4", "row 5", "row 7", "row 8"], parsed.Warnings.Select(w => w.Location));
        Assert.Contains("deal_stage 'Closed'", parsed.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("close_value 'lots' is not a number", parsed.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Single(parsed.Nodes, n => n.Type == "Case");
        Assert.Single(parsed.Nodes, n => n.Type == "Opportunity");
    }

    [Fact]
    public void Read_Pipeline_WonLostAndOpenDealsBecomeCasesAndOpportunities()
    {
        var csv = """
            opportunity_id,product,account,deal_stage,engage_date,close_date,close_value
            W1,GTX Pro,Acme,Won,2017-01-02,2017-02-03,4500
            L1,GTX Pro,Acme,Lost,2017-01-02,2017-02-03,0
            P1,MG Special,Acme,Prospecting,,,
            """;

        var parsed = _reader.Read(Input("pipeline.csv", csv));

        var won = Assert.Single(parsed.Nodes, n => n.Id == "case:crm/w1");
        Assert.Equal(CaseProperties.Won, won.Properties[CaseProperties.Outcome]);
        Assert.Equal(
            CaseProperties.Lost,
            Assert.Single(parsed.Nodes, n => n.Id == "case:crm/l1").Properties[CaseProperties.Outcome]);
        Assert.Single(parsed.Nodes, n => n.Id == "opportunity:p1");
        Assert.Contains(
            parsed.Relations,
            r => r.Type == "for_customer" && r.FromId == "case:crm/w1" && r.ToId == "customer:acme");
        Assert.Contains(
            parsed.Relations,
            r => r.Type == "interested_in" && r.FromId == "opportunity:p1" && r.ToId == "product:mg-special");
        var history = Assert.Single(parsed.Sections);
        Assert.Equal("account-history", history.EntryKind);
    }

    [Fact]
    public void Read_ProductSpellingsDifferingBySpacing_MeetUnderTheCommonestAndAreReported()
    {
        var csv = """
            opportunity_id,product,account,deal_stage,engage_date,close_date,close_value
            A1,GTXPro,Acme,Won,2017-01-02,2017-02-03,1
            A2,GTXPro,Acme,Won,2017-01-02,2017-02-03,1
            A3,GTX Pro,Acme,Won,2017-01-02,2017-02-03,1
            """;

        var parsed = _reader.Read(Input("pipeline.csv", csv));

        Assert.Single(parsed.Nodes, n => n.Type == "Product");
        var warning = Assert.Single(parsed.Warnings);
        Assert.Equal("spellings 'GTX Pro' (1 rows) merged into 'GTXPro' (2 rows).", warning.Message);
    }

    [Fact]
    public void Read_Accounts_CustomerWithIndustryRegionAndSize()
    {
        var csv = """
            account,sector,year_established,revenue,employees,office_location,subsidiary_of
            Acme Corporation,technolgy,1996,1100.04,2822,United States,
            "Quoted, Inc",finance,2001,12.5,40,Kenya,Acme Corporation
            Broken,retail,2000,abc,10,Kenya,
            """;

        var parsed = _reader.Read(Input("accounts.csv", csv));

        var acme = Assert.Single(parsed.Nodes, n => n.Id == "customer:acme-corporation");
        Assert.Equal("medium", acme.Properties[CaseProperties.SizeBand]);
        Assert.Equal("2822", acme.Properties[CaseProperties.Employees]);
        Assert.Contains(
            parsed.Relations,
            r => r.Type == "in_industry" && r.FromId == acme.Id && r.ToId == "industry:technolgy");
        Assert.Contains(parsed.Nodes, n => n.Name == "Quoted, Inc");
        Assert.Equal("row 4", Assert.Single(parsed.Warnings).Location);
    }

    [Fact]
    public void Read_UnknownTable_IngestsNothingAndSaysSo()
    {
        var parsed = _reader.Read(Input("teams.csv", "sales_agent,manager\nA,B\n"));

        Assert.Empty(parsed.Nodes);
        Assert.Contains("not a CRM table", Assert.Single(parsed.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedQuoteInARow_ReportsItsRowAndLineAndKeepsTheOtherRows()
    {
        var csv = "account,sector,employees\n\"Acme,retail,10\nBeta,retail,20\n";

        var parsed = _reader.Read(Input("accounts.csv", csv));

        var warning = Assert.Single(parsed.Warnings);
        Assert.Equal("row 2 (line 2)", warning.Location);
        Assert.Contains("never closed", warning.Message, StringComparison.Ordinal);
        Assert.Single(parsed.Nodes, n => n.Id == "customer:beta");
    }

    [Fact]
    public void Read_RowsAfterAMultiLineField_AreNamedByRowNumberNotLine()
    {
        var csv = "account,sector,employees\n\"Acme\nCorp\",retail,10\nBroken,retail,many\nShort,retail\n";

        var parsed = _reader.Read(Input("accounts.csv", csv));

        Assert.Equal(["row 4 (line 5)", "row 3"], parsed.Warnings.Select(w => w.Location));
        Assert.Contains("2 fields where the header has 3", parsed.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Single(parsed.Nodes, n => n.Name == "Acme\nCorp");
    }

    [Theory]
    [InlineData("", "line 1: the file is empty")]
    [InlineData("\"account,sector\nAcme,retail\n", "line 1: the quote opened on line 1 is never closed")]
    public void Read_NoReadableHeader_FailsNamingTheLine(string csv, string expected)
    {
        var error = Assert.Throws<SourceFormatException>(() => _reader.Read(Input("accounts.csv", csv)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("technolgy", "technology", true)]
    [InlineData("tehcnology", "technology", true)]
    [InlineData("technologyy", "technology", true)]
    [InlineData("finance", "fiance", true)]
    [InlineData("retail", "rental", false)]
    [InlineData("media", "medical", false)]
    public void WithinOneEdit_Pairs_AnswersAsExpected(string a, string b, bool expected)
    {
        Assert.Equal(expected, GazetteerFallback.WithinOneEdit(a, b));
    }

    private static SourceInput Input(
        string name,
        string text) => new("/crm/" + name, "/crm/" + name, text, SourceKinds.Auto);
}
