"""Radar: casework for outreach teams of Belgian OCMWs/CPASs."""
