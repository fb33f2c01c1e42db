// HeedInsights: KPI definitions and aggregations (AHT, FRT, FCR, CSAT/NPS, automation rate, cost per ticket),
// reports, exports, the AI-vs-human comparison and quality review of agents. Its work is issue "Insights"; until
// then the module holds no code.
//
// Arrows: HeedServer → HeedInsights → HeedConversation → (HeedStore, HeedCore). Never imports Hummingbird or
// HeedServer.
import HeedConversation
