"""Vacancy bot: announces job openings, answers candidates' questions, screens applicants."""
