// Copyright (c) SalesCognition. All rights reserved.

using System.Globalization;
using SalesCognition.Api.V1;
using SalesCognition.Retrieval.Liveness;

namespace SalesCognition.Api.Grpc;

/// <summary>Maps liveness results to their proto messages (times as ISO 8601 UTC, names in lower case).</summary>
internal static class LivenessMapper
{
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "";

    public static string Name(UsageKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(CallerKind kind) => kind.ToString().ToLowerInvariant();

    public static LivenessEntry ToProto(EntryLiveness entry)
    {
        var proto = new LivenessEntry
        {
            EntryId = entry.EntryId,
            Kind = entry.Kind,
            Title = entry.Title,
            Section = entry.Section,
            SourceId = entry.SourceId,
            Archived = entry.Archived,
            Retrieved = ToProto(entry.Retrieved),
            Shown = ToProto(entry.Shown),
            Cited = ToProto(entry.Cited),
            LastRetrieved = Time(entry.LastRetrieved),
            LastCited = Time(entry.LastCited),
            LastContentChange = Time(entry.LastContentChange),
            ContentChangeFrom = entry.ContentChangeFrom,
            AgeDays = entry.AgeDays,
            RatingAverage = entry.RatingAverage ?? 0,
            RatingCount = entry.RatingCount,
            NeedsReview = entry.NeedsReview,
            Score = entry.Score.Value,
        };
        proto.Terms.AddRange(entry.Score.Terms.Select(t => new LivenessScoreTerm
        {
            Name = t.Name,
            Weight = t.Weight,
            Value = t.Value,
            Contribution = t.Contribution,
            Explanation = t.Explanation,
        }));
        proto.Reasons.AddRange(entry.Reasons);
        return proto;
    }

    public static LivenessEntryHistory ToProto(EntryHistory history, string formula)
    {
        var proto = new LivenessEntryHistory { Entry = ToProto(history.Metrics), Formula = formula };
        proto.Daily.AddRange(history.Daily.Select(d => new LivenessDailyUsage
        {
            Day = d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Retrieved = d.Retrieved,
            Shown = d.Shown,
            Cited = d.Cited,
        }));
        proto.RecentEvents.AddRange(history.RecentEvents.Select(e => new LivenessUsageEvent
        {
            Kind = Name(e.Kind),
            CallerKind = Name(e.Caller.Kind),
            CallerId = e.Caller.Id,
            At = Time(e.At),
        }));
        proto.Ratings.AddRange(history.Ratings.Select(ToProto));
        proto.Audit.AddRange(history.Audit.Select(ToProto));
        return proto;
    }

    public static V1.LivenessRating ToProto(EntryRating rating) => new()
    {
        EntryId = rating.EntryId,
        Score = rating.Score,
        Verdict = rating.Helpful switch { true => "helpful", false => "not-helpful", null => "" },
        Comment = rating.Comment ?? "",
        CallerId = rating.Caller.Id,
        At = Time(rating.At),
    };

    public static LivenessAuditRecord ToProto(AuditRecord record)
    {
        var proto = new LivenessAuditRecord
        {
            Id = record.Id,
            At = Time(record.At),
            Actor = record.Actor,
            Action = record.Action,
            Reason = record.Reason,
        };
        proto.EntryIds.AddRange(record.EntryIds);
        return proto;
    }

    public static LivenessActionResponse ToProto(PruneResult result)
    {
        var proto = new LivenessActionResponse
        {
            DryRun = result.DryRun,
            Audit = result.Audit is null ? null : ToProto(result.Audit),
        };
        proto.EntryIds.AddRange(result.EntryIds);
        return proto;
    }

    private static LivenessUsageCounts ToProto(UsageCounts counts) => new()
    {
        Last7Days = counts.Last7Days,
        Last30Days = counts.Last30Days,
        Last90Days = counts.Last90Days,
        Total = counts.Total,
    };
}
