"""Which entity class a human gene product belongs to, by rule over its HGNC record.

No annotation file with GO molecular functions ships in a PyPI package we can use, so the
class comes from what HGNC itself says about the gene, in this order (the first rule that
fires wins; the order puts the classes users ask for by name above the general ones):

1. ``VesicleMarker`` — the ISEV minimal-information marker set (tetraspanins CD9/CD63/CD81,
   ESCRT-associated TSG101 and ALIX, flotillins, syntenin, HSP70/HSP90): our class on top.
2. ``Adipokine`` — leptin, adiponectin, resistin, visfatin/NAMPT: our class on top.
3. ``Chemokine`` — symbol ``CCLn/CXCLn/XCLn/CX3CLn`` or approved name "… chemokine ligand …".
4. ``Cytokine`` — approved-name heads: ``interleukin N``, ``interferon``, ``tumor necrosis
   factor``, ``TNF superfamily member``, ``colony stimulating factor``, ``lymphotoxin``,
   ``oncostatin``, ``leukemia inhibitory``, ``macrophage migration inhibitory``.
5. ``GrowthFactor`` — ``… growth factor …``, ``bone morphogenetic protein``,
   ``neurotrophic factor``, ``neurotrophin``, ``angiopoietin``, ``erythropoietin``,
   ``thrombopoietin``, ``growth differentiation factor``.
6. ``AdhesionMolecule`` — ``… adhesion molecule``, ``integrin subunit``, ``cadherin``,
   ``selectin``.
7. ``SurfaceMarker`` — the gene carries a CD designation (``CD34`` as symbol or alias),
   unless it is a receptor named by its ligand or signalling family (IL6R = CD126 and
   ERBB2 = CD340 stay receptors).
8. ``ProteaseInhibitor`` — ``TIMP metallopeptidase inhibitor``, ``serpin family``,
   ``cystatin``, ``… peptidase inhibitor``, ``… protease inhibitor``.
9. ``Receptor`` — the head noun is ``receptor`` (``… receptor``, ``… receptor type 2``,
   ``… receptor tyrosine kinase``, ``cholinergic receptor muscarinic 1``) or ``adrenoceptor``
   (``adrenoceptor alpha 2A``), but not ``receptor antagonist`` / ``receptor
   associated`` / ``receptor interacting`` / ``… receptor ligand`` / ``receptor activator``.
10. ``ECMProtein`` — ``collagen type``, ``fibronectin``, ``elastin``, ``laminin subunit``,
    ``fibrillin``, ``tenascin``, ``thrombospondin``, ``vitronectin``, ``fibulin``,
    ``nidogen``, ``matrilin``, proteoglycans (``decorin``, ``biglycan``, ``aggrecan``,
    ``versican``, ``lumican``, ``heparan sulfate proteoglycan``), ``periostin``,
    ``osteonectin`` / ``SPARC``.
11. ``Enzyme`` — HGNC lists an EC number (its ``Enzyme IDs`` column), or the name's head
    noun is an enzyme word (``…ase``, ``kinase``, ``peptidase``, ``caspase``).
12. ``Protein`` — every other protein-coding gene.
"""

from __future__ import annotations

import re

__all__ = ["protein_type", "VESICLE_MARKERS", "ADIPOKINES"]

VESICLE_MARKERS = frozenset({"CD9", "CD63", "CD81", "TSG101", "PDCD6IP", "FLOT1", "FLOT2", "SDCBP",
                             "HSPA1A", "HSP90AA1"})
ADIPOKINES = frozenset({"LEP", "ADIPOQ", "RETN", "NAMPT"})

_CHEMOKINE_SYMBOL = re.compile(r"^(?:CCL|CXCL|XCL|CX3CL)\d+[A-Z]?\d?$")
_CYTOKINE_NAME = re.compile(
    r"^(?:interleukin \d|interferon (?:alpha|beta|gamma|lambda|epsilon|kappa|omega)|tumor necrosis factor$|"
    r"TNF superfamily member|colony stimulating factor|lymphotoxin|oncostatin|LIF interleukin|"
    r"leukemia inhibitory|macrophage migration inhibitory|interleukin \d+ family)", re.I)
_NOT_CYTOKINE = re.compile(r"receptor|binding protein|enhancer|associated|inducible|regulatory factor", re.I)
_GF_NAME = re.compile(
    r"growth factor|bone morphogenetic protein|neurotrophic factor|neurotrophin|angiopoietin(?! like)|"
    r"^erythropoietin$|^thrombopoietin$|growth differentiation factor|^nerve growth factor", re.I)
_NOT_GF = re.compile(r"receptor|binding protein|inducible|regulated|response|associated|interacting", re.I)
_CD_ALIAS = re.compile(r"^CD\d{1,3}[A-Za-z]?$")
_ADHESION = re.compile(r"adhesion molecule|^integrin subunit|cadherin|^selectin", re.I)
_INHIBITOR = re.compile(r"^TIMP metallopeptidase inhibitor|^serpin family|^cystatin|peptidase inhibitor|"
                        r"protease inhibitor|proteinase inhibitor", re.I)
_RECEPTOR = re.compile(
    r"\breceptor(?: (?:type|subunit|class|family member|superfamily member|tyrosine kinase|accessory protein|"
    r"alpha|beta|gamma|delta|like|muscarinic|nicotinic)\b.*| \d+[A-Z]?| [A-Z]\d?)?$|^adrenoceptor (?:alpha|beta)\b", re.I)
_NOT_RECEPTOR = re.compile(r"receptor (?:antagonist|associated|interacting|activator|ligand|binding|"
                           r"accessory|adaptor|chaperone|coactivator|corepressor|modulator)", re.I)
#: Receptors named by their ligand or signalling family stay receptors even with a CD number
#: (IL6R = CD126, ERBB2 = CD340, TEK = CD202b).
_LIGAND_RECEPTOR = re.compile(r"interleukin|interferon|growth factor|chemokine|tumor necrosis|TNF|colony stimulating|"
                              r"receptor tyrosine kinase|toll like|EPH receptor|erb-b2|transferrin|"
                              r"low density lipoprotein|insulin", re.I)
_ECM = re.compile(
    r"^collagen type|^fibronectin|^elastin$|^laminin subunit|^fibrillin|^tenascin|^thrombospondin|"
    r"^vitronectin|^fibulin|^nidogen|^matrilin|^decorin|^biglycan|^aggrecan|^versican|^lumican|"
    r"heparan sulfate proteoglycan|^periostin|^secreted protein acidic and cysteine rich|^fibromodulin|"
    r"^osteopontin|^secreted phosphoprotein 1", re.I)
_ENZYME_HEAD = re.compile(r"(?:ase|kinase|peptidase|caspase \d+)(?: \d+[A-Z]?\d*)?(?:,.*)?$", re.I)


def protein_type(symbol: str, name: str, ec_numbers: str = "", aliases: tuple[str, ...] = ()) -> str:
    """The entity class of a protein-coding gene from its HGNC symbol, approved name, EC
    numbers and alias/previous symbols (see the module docstring for the rules)."""
    if symbol in VESICLE_MARKERS:
        return "VesicleMarker"
    if symbol in ADIPOKINES:
        return "Adipokine"
    if _CHEMOKINE_SYMBOL.match(symbol) or "chemokine ligand" in name.lower():
        return "Chemokine"
    if _CYTOKINE_NAME.search(name) and not _NOT_CYTOKINE.search(name):
        return "Cytokine"
    if _GF_NAME.search(name) and not _NOT_GF.search(name):
        return "GrowthFactor"
    if _ADHESION.search(name):
        return "AdhesionMolecule"
    receptor = bool(_RECEPTOR.search(name)) and not _NOT_RECEPTOR.search(name)
    if receptor and _LIGAND_RECEPTOR.search(name):
        return "Receptor"
    if _CD_ALIAS.match(symbol) or any(_CD_ALIAS.match(a) for a in aliases):
        return "SurfaceMarker"
    if _INHIBITOR.search(name):
        return "ProteaseInhibitor"
    if receptor:
        return "Receptor"
    if _ECM.search(name):
        return "ECMProtein"
    if ec_numbers.strip() or _ENZYME_HEAD.search(name):
        return "Enzyme"
    return "Protein"
