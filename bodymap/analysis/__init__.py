"""Analysis across visits: pain extent, comparison, trends, referral suggestions. No Qt."""
