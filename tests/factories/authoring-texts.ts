// Short articles written for the authoring tests (not the seed articles):
// a news report, a press statement and an opinion piece.

/** A news report with a dateline, "Mr." and "U.S.", a quotation with its speaker and a relative weekday. Published Thursday 2021-07-08. */
export const NEWS_REPORT = {
  title: "Kenya offers police officers for Haiti",
  published: "2021-07-08",
  body: `NAIROBI, Kenya (AP) — Kenya offered on Wednesday to send 1,000 police officers to Haiti, Foreign Minister Alfred Mutua said.

Mr. Mutua spoke after meeting U.S. officials in Washington. The U.S. State Department said it would give $10 million to support the mission.

“We will not abandon the people of Haiti,” Mutua said. The force would arrive by September 25, 2023, according to the U.N. A dozen officers from Jamaica are expected to join them.`,
};

/** A press statement with money and percentages. Published 2023-03-02. */
export const PRESS_STATEMENT = {
  title: "World Food Programme appeal for Haiti",
  published: "2023-03-02",
  body: `GENEVA — The World Food Programme today launched a $25 million emergency appeal for Haiti.

The appeal will feed 500,000 people for three months. Rice prices rose 40 percent last year, and fuel costs climbed 18%.

The agency thanks the European Union for a contribution of €5 million.`,
};

/** An opinion piece: most sentences argue, one reports. Published 2023-10-02. */
export const OPINION_PIECE = {
  title: "Haiti cannot wait",
  published: "2023-10-02",
  body: `The world should not look away from Haiti. We believe the Security Council must act before the end of the year.

In my view, a police mission of 2,500 officers is not enough. Leaders ought to fund schools and clinics too.

The United Nations approved the mission on October 2, 2023. It is time to keep that promise.`,
};

/** A news report for the authoring walkthrough (end-to-end): a railway opening, with numbers, money, a relative weekday and an opinion. Published Thursday 2026-11-12. */
export const RAILWAY_REPORT = {
  title: "Ghana opens Accra–Tema railway",
  outlet: "Example Wire",
  published: "2026-11-12",
  body: `ACCRA, Ghana (Example Wire) — Ghana opened a 45-kilometre railway between Accra and Tema on Tuesday, Transport Minister Kwame Asante said.

The line cost $310 million and will carry 20,000 passengers a day, according to the ministry. Trains will run every 15 minutes from January 5, 2027.

The railway was built by a Portuguese firm, Mota-Engil. Commuters said the fares should stay below 10 cedis.`,
};
