// In progress (issue 6).
