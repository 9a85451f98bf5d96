namespace NewsLens.Bench.Reading;

/// <summary>Short news-like texts written for NewsLens, repeated to synthesise large inputs. No corpus text.</summary>
internal static class SampleArticles
{
    public static readonly (string Title, string Text)[] All =
    [
        ("Council backs river bridge after long debate",
         "The city council voted 7-2 on Monday to fund a new bridge over the river, ending a debate that lasted three years.\n\n"
         + "\"This is a good day for commuters,\" said Mayor Ann Lee, who had pushed for the project. Critics said the $42.5 million plan was too costly.\n\n"
         + "Work is due to start in May. Officials expect the bridge to carry 12,000 vehicles a day by 2028, according to a report by the transport office."),
        ("Storm cuts power to thousands",
         "A winter storm left about 30,000 homes without power on Tuesday, the utility said.\n\nCrews worked through the night. "
         + "\"We ask for patience,\" a spokesman told reporters. Schools in three districts stayed closed, and the weather service warned of more snow."),
        ("Jobs report beats forecasts",
         "Employers added 210,000 jobs last month, more than economists had expected, the Labor Department said on Friday.\n\n"
         + "The unemployment rate fell to 3.9 percent. Wages rose 0.3 percent from the month before. "
         + "Some analysts cautioned that the figures may be revised; others called them \"a clear sign of strength.\""),
        ("Opinion: The plan is a mistake",
         "Make no mistake: this plan will hurt the very people it claims to help. Its backers say it will cut costs. It will not.\n\n"
         + "Look at what happened last time. Prices went up, services went down, and nobody was held to account. "
         + "We deserve better than slogans. We deserve a real debate — and a real vote."),
        ("Researchers report new battery design",
         "Scientists at a university lab said on Wednesday they had built a battery that charges in under ten minutes.\n\n"
         + "The team, led by Dr. Bo Chen, tested the cells for 1,500 cycles. \"We were surprised by how little they degraded,\" Chen said. "
         + "Independent experts said the results were promising but had not yet been reproduced outside the lab (see the paper at https://example.org/paper)."),
        ("Senator questions spending bill",
         "Sen. Cy Diaz, R-Texas, said on Thursday he would not support the spending bill in its current form.\n\n"
         + "\"Families are tired of waste,\" Diaz said in a statement. The White House said the bill was \"essential.\" "
         + "A vote is expected next week; aides said talks would continue over the weekend."),
    ];
}
