import HeedCore
import HeedInsights

extension OpenAPISchemas {
    /// The reports' bodies (`/api/v1/reports/…`); the KPI names come from ``KPIMetric``, so the document follows
    /// the code.
    static var reports: [String: JSONValue] {
        var kpis: [String: JSONValue] = [:]
        for metric in KPIMetric.allCases { kpis[metric.rawValue] = nullable(number) }
        for count in ["conversations", "resolved", "handed_off", "ai_resolved", "csat_responses", "nps_responses"] {
            kpis[count] = integer
        }
        kpis["total_cost"] = number
        let period: [String: JSONValue] = ["from": dateTime, "to": dateTime]
        return [
            "KPISummary": object(kpis),
            "SummaryReport": object(
                period.merging([
                    "time_zone": string, "current": ref("KPISummary"), "previous": ref("KPISummary"),
                    "comparison": object(["ai": ref("KPISummary"), "human": ref("KPISummary")]),
                ]) { $1 }),
            "BreakdownReport": object(
                period.merging([
                    "by": enumeration(ReportDimension.self),
                    "rows": array(
                        object([
                            "key": nullable(string), "label": nullable(string), "current": ref("KPISummary"),
                            "previous": ref("KPISummary"),
                        ])),
                ]) { $1 }),
            "TimeSeriesReport": object(
                period.merging([
                    "metric": enumeration(KPIMetric.self), "interval": enumeration(SeriesInterval.self),
                    "points": array(object(["start": dateTime, "conversations": integer, "value": nullable(number)])),
                ]) { $1 }),
        ]
    }
}
