"""The register: many pairs at once, their recommendations, commitments with deadlines, statuses and follow-ups."""
