"""Junk vocabularies of es, fr, de, pt, it, ru, ja and ko: what they find and what they leave.

* A typical junk line of each family is found in that language's own file, as a whole-line
  phrase (``lexicon(family).lookup``) or a shape (``patterns(family).fullmatch``).
* A widget bar mixing that language's labels and counts is covered by the widget lexicon.
* Prose that merely mentions a widget word is found by no family of any language.
* Every pattern of these languages has a sample line here, and runs in linear time on long
  near-miss input (one line of 10 KB and of 100 KB).
"""

from __future__ import annotations

import time

import pytest

from articleclean.rules import DATA_DIR, RuleBook, read_patterns

LANGS = ("es", "fr", "de", "pt", "it", "ru", "ja", "ko")
PHRASE_FAMILIES = (
    "share",
    "print",
    "fontsize",
    "counters",
    "related",
    "copyright",
    "comments",
    "ads",
    "subscribe",
    "cookie",
    "nav",
    "tags",
    "pagination",
    "captions",
)
PATTERN_FAMILIES = ("copyright", "subscribe", "cookie", "ads")

# (lang, family, line): the line as it stands alone on a page.
PHRASES = [
    ("es", "share", "Compartir en WhatsApp"),
    ("es", "share", "Enlace copiado al portapapeles"),
    ("es", "print", "Enviar por correo electrónico"),
    ("es", "print", "Versión para imprimir"),
    ("es", "fontsize", "Tamaño de letra: A+ A-"),
    ("es", "counters", "comentarios"),
    ("es", "related", "Lo más leído"),
    ("es", "related", "NOTICIAS RELACIONADAS"),
    ("es", "copyright", "© Todos los derechos reservados."),
    ("es", "comments", "Deja tu comentario"),
    ("es", "ads", "PUBLICIDAD"),
    ("es", "subscribe", "Suscríbete a nuestro boletín"),
    ("es", "subscribe", "¿Ya eres suscriptor?"),
    ("es", "cookie", "Aceptar todas las cookies"),
    ("es", "nav", "Economía"),
    ("es", "tags", "Archivado en:"),
    ("es", "pagination", "Siguiente »"),
    ("es", "captions", "Foto:"),
]

# (lang, family, pattern name, line): every pattern of LANGS needs at least one sample.
SHAPES = [
    (
        "es",
        "copyright",
        "mark_reserved",
        "© Diario El Sol S.L. 2024. Todos los derechos reservados.",
    ),
    (
        "es",
        "copyright",
        "mark_reserved",
        "Copyright © 1996-2024 Ediciones Norte S.A. Derechos reservados",
    ),
    ("es", "copyright", "reserved_mark", "Todos los derechos reservados © 2024 La Gaceta del Sur"),
    (
        "es",
        "copyright",
        "reserved_then",
        "Todos los derechos reservados. Prohibida su reproducción sin citar la fuente.",
    ),
    (
        "es",
        "copyright",
        "reproduction_forbidden",
        "Queda prohibida la reproducción total o parcial de los contenidos de esta web.",
    ),
    (
        "es",
        "copyright",
        "reproduction_is_forbidden",
        "La reproducción total o parcial de este artículo está prohibida sin autorización.",
    ),
    ("es", "copyright", "se_prohibe", "Se prohíbe la reproducción de los contenidos sin permiso."),
    ("es", "subscribe", "subscribe_imperative", "Suscríbete por 1 € el primer mes"),
    ("es", "subscribe", "follow_us", "Síguenos en Google Noticias"),
    ("es", "subscribe", "join_channel", "Únete a nuestro canal de WhatsApp"),
    ("es", "subscribe", "download_app", "Descarga la app de El Diario para iOS y Android"),
    (
        "es",
        "cookie",
        "we_use",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
    ),
    ("es", "cookie", "site_uses", "Este sitio web utiliza cookies para mejorar su experiencia."),
    (
        "es",
        "cookie",
        "by_continuing",
        "Si continúa navegando, consideramos que acepta su uso.",
    ),
    (
        "es",
        "cookie",
        "by_clicking",
        "Al hacer clic en «Aceptar», acepta el uso de todas las cookies.",
    ),
]

# (lang, line): a widget bar of that language, as one line.
BARS = [
    ("es", "Compartir | Imprimir | Enviar por correo | 12 comentarios"),
    ("es", "Tamaño de texto A A A Guardar"),
]

# (lang, line): prose that mentions widget words and must be found by nothing.
PROSE = [
    ("es", "Compartió el informe con sus colegas en la reunión del martes."),
    ("es", "Los comentarios del ministro provocaron una fuerte polémica en el Congreso."),
    ("es", "La imprimió, la guardó en un cajón y nunca volvió a leerla."),
    ("es", "Todos los derechos laborales reservados a los fijos se extenderán a los temporales."),
    ("es", "Suscribirse a la plataforma cuesta diez euros al mes, según la compañía."),
    ("es", "El sitio web utiliza datos de los usuarios sin su permiso, según la denuncia."),
    ("es", "Las cookies que vende la panadería se agotaron antes del mediodía."),
]


def _id(*parts: object) -> str:
    return "-".join(str(p) for p in parts)[:60]


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook()


@pytest.mark.parametrize(
    ("lang", "family", "line"), [pytest.param(*p, id=_id(*p)) for p in PHRASES]
)
def test_junk_line_is_found_in_its_language(lang, family, line):
    rule = RuleBook(langs=(lang,)).lexicon(family).lookup(line)
    assert rule is not None, f"{line!r} is not in {lang}/{family}.txt"
    assert rule.lang == lang and rule.family == family


@pytest.mark.parametrize(
    ("lang", "family", "name", "line"), [pytest.param(*p, id=_id(*p[:3], p[3])) for p in SHAPES]
)
def test_junk_shape_is_matched_by_its_pattern(lang, family, name, line):
    found = RuleBook(langs=(lang,)).patterns(family).fullmatch(line)
    assert found is not None, f"{line!r} matches no {lang}/{family}.re pattern"
    assert found[0].id == f"{lang}/{family}.re:{name}"


@pytest.mark.parametrize(("lang", "line"), [pytest.param(*p, id=_id(*p)) for p in BARS])
def test_widget_bar_is_covered(lang, line, book):
    segments = RuleBook(langs=(lang,)).widgets().cover(line)
    assert segments is not None
    assert any(s.rule is not None and s.rule.lang == lang for s in segments)
    assert book.widgets().cover(line) is not None


@pytest.mark.parametrize(("lang", "line"), [pytest.param(*p, id=_id(*p)) for p in PROSE])
def test_prose_mentioning_widget_words_is_found_by_nothing(lang, line, book):
    assert book.lexicon(*PHRASE_FAMILIES).lookup(line) is None
    assert book.widgets().cover(line) is None
    for family in PATTERN_FAMILIES:
        assert book.patterns(family).fullmatch(line) is None, family


def _pattern_files():
    for lang in LANGS:
        yield from sorted((DATA_DIR / lang).glob("*.re"))


PATTERNS = [
    (rule, compiled)
    for path in _pattern_files()
    for rule, compiled in read_patterns(
        path, f"{path.parent.name}/{path.name}", path.stem, path.parent.name
    )
]


def test_every_pattern_has_a_sample():
    sampled = {f"{lang}/{family}.re:{name}" for lang, family, name, _ in SHAPES}
    missing = sorted(rule.id for rule, _ in PATTERNS if rule.id not in sampled)
    assert not missing, f"patterns without a sample line in SHAPES: {missing}"


def _near_misses(sample: str) -> list[str]:
    """Units whose long runs come close to matching: the sample, cut short, and its head.

    A run of whole samples holds every literal of the pattern, so the engine cannot reject
    it by a required-string check; a pattern that backtracks over it shows up as a ratio
    far above 20 (an unbounded ``[^\\n]*`` before and after a literal gives about 100).
    """
    head = sample[: max(1, len(sample) // 2)]
    return [sample + " ", sample[:-1] + " ", sample[: max(1, len(sample) - 6)] + " ", head]


def _best_time(pattern, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        pattern.fullmatch(text)
        pattern.search(text)
        best = min(best, time.perf_counter() - start)
    return best


_FLOOR = 5e-5  # below this, timer noise dominates a 10 KB run


@pytest.mark.parametrize(("rule", "pattern"), [pytest.param(r, p, id=r.id) for r, p in PATTERNS])
def test_pattern_runs_in_linear_time(rule, pattern):
    samples = [line for lang, fam, name, line in SHAPES if rule.id == f"{lang}/{fam}.re:{name}"]
    for unit in {u for s in samples for u in _near_misses(s)}:
        small = (unit * (10_000 // len(unit) + 1))[:10_000]
        large = (unit * (100_000 // len(unit) + 1))[:100_000]
        t_small, t_large = _best_time(pattern, small), _best_time(pattern, large)
        assert t_large < 20 * max(t_small, _FLOOR), (unit, t_small, t_large)
