"""Thin aiogram routers; each module has ``build_router()``. ``fallback`` must be included last."""
