# Hand annotation spec. Each entry: (surface, class, id, specific, note, occ)
# occ=None -> every word-bounded occurrence of surface in the text; list -> only those occurrence indices (0-based).
# id "H:SYM" is resolved to HGNC id via $SECRETOME_REF/hgnc_entries.tsv by approved symbol.
SKIN='UBERON:0002097'; EPID='UBERON:0001003'; ILMUC='UBERON:0000331'; SYN='UBERON:0002018'; BONE='UBERON:0002481'
EPI='CL:0000066'; IEL='CL:0002496'; NEC='CL:0000165'; TUM='CL:0001063'; CHON='CL:0000138'; LYM='CL:0000542'
n_skin='skin listed as tissue in brief; UBERON skin of body (is_tissue=0)'
n_vegf='VEGF as target of anti-VEGF therapy (bevacizumab) -> VEGFA'
n_sstrfam='somatostatin receptor family (SSTR1-5); not in FamPlex'
n_cgrpr='CGRP receptor = CALCRL+RAMP1 complex; not in FamPlex'
n_pgp='PGP9.5 = UCHL1 (deubiquitinase, named as neuronal marker -> Protein)'
n_orm='orosomucoid = ORM1+ORM2; no FamPlex entry'
n_nt='neurotrophin family (NGF,BDNF,NTF3,NTF4); no FamPlex entry'
n_ctx='elliptical: ileal mucosa by context'
n_iel='intraepithelial lymphocyte (CL synonym intraepithelial T cell); CL:0020035 intestinal IEL also possible'
n_sol='soluble form (sCDn) of the CD antigen'
n_il2r='soluble IL-2 receptor = sCD25 = IL2RA (FPLX:IL2R would be the whole receptor complex)'
n_ccc='cadherin-catenin (adherens junction) complex; no FamPlex entry'

A = {}
A[('26485778','ru')] = [
 ('рецепторов','Receptor','',0,'receptors of neurotransmitters',None),
 ('коже','Tissue',SKIN,1,n_skin,None),
 ('кожи','Tissue',SKIN,1,n_skin,None),
 ('PGP9,5','Protein','H:UCHL1',1,n_pgp,None),
 ('амфирегулина','GrowthFactor','H:AREG',1,'EGF-family ligand',None),
 ('семафорина-3А','Protein','H:SEMA3A',1,'',None),
 ('пептида, связанного с геном кальцитонина','Protein','H:CALCA',1,'CGRP; calcitonin inside the name not separate',None),
 ('CGRP','Protein','H:CALCA',1,'',None),
 ('CGRP-R','Receptor','',1,n_cgrpr,None),
 ('фактора роста нервов','GrowthFactor','H:NGF',1,'',None),
 ('NGF','GrowthFactor','H:NGF',1,'',None),
 ('TrkA','Receptor','H:NTRK1',1,'',None),
 ('вещества Р','Protein','H:TAC1',1,'substance P',None),
 ('SP','Protein','H:TAC1',1,'',None),
 ('SP-R','Receptor','H:TACR1',1,'NK1 receptor',None),
 ('рецептора к веществу Р','Receptor','H:TACR1',1,'ligand inside receptor name not separate',None),
 ('рецепторов к фактору роста нервов','Receptor','H:NTRK1',1,'NGF receptor named TrkA in apposition; ligand not separate',None),
 ('эпидермисе','Tissue',EPID,1,'',None),
 ('нейропептидов','Protein','',0,'generic class word',None),
 ('нейротрофинов','GrowthFactor','',1,n_nt,None),
]
A[('26485778','en')] = [
 ('skin','Tissue',SKIN,1,n_skin,None),
 ('Skin','Tissue',SKIN,1,n_skin,None),
 ('neuropeptides','Protein','',0,'generic class word',None),
 ('neurotrophins','GrowthFactor','',1,n_nt,None),
 ('receptors','Receptor','',0,'generic',None),
 ('protein gene product 9.5','Protein','H:UCHL1',1,n_pgp,None),
 ('PGP9.5','Protein','H:UCHL1',1,n_pgp,None),
 ('amphiregulin','GrowthFactor','H:AREG',1,'EGF-family ligand',None),
 ('semaphorin 3A','Protein','H:SEMA3A',1,'',None),
 ('calcitonin gene-related peptide','Protein','H:CALCA',1,'calcitonin inside the name not separate',None),
 ('CGRP','Protein','H:CALCA',1,'',None),
 ('CGRP-R','Receptor','',1,n_cgrpr,None),
 ('nerve growth factor','GrowthFactor','H:NGF',1,'',None),
 ('NGF','GrowthFactor','H:NGF',1,'',None),
 ('TrkA','Receptor','H:NTRK1',1,'',None),
 ('substance P','Protein','H:TAC1',1,'',None),
 ('SP','Protein','H:TAC1',1,'',None),
 ('SP-R','Receptor','H:TACR1',1,'NK1 receptor',None),
 ('epidermal','Tissue',EPID,1,'adjective',None),
]
A[('26978232','ru')] = [
 ('рецепторов соматостатина','Receptor','',1,n_sstrfam,None),
 ('слизистой оболочке подвздошной кишки','Tissue',ILMUC,1,'',None),
 ('слизистой оболочкой подвздошной кишки','Tissue',ILMUC,1,'',None),
 ('SSTR-2','Receptor','H:SSTR2',1,'',None),
 ('рецепторам соматостатина 2-го типа','Receptor','H:SSTR2',1,'',None),
 ('рецепторы соматостатина 2-го типа','Receptor','H:SSTR2',1,'',None),
 ('рецепторов соматостатина 2-го типа','Receptor','H:SSTR2',1,'',None),
 ('клеток','CellType','',0,'generic',None),
 ('Клетки','CellType','',0,'generic',None),
 ('эпителиоцитов','CellType',EPI,1,'',None),
 ('рецепторов','Receptor','',0,'generic (anaphoric to SSTR2)',None),
 ('слизистой оболочкой','Tissue',ILMUC,1,n_ctx,None),
 ('нейроэндокринными','CellType',NEC,1,'elliptical (cells ... are neuroendocrine)',None),
 ('интраэпителиальными Т-лимфоцитами','CellType',IEL,1,n_iel,None),
 ('эпителиальными','CellType',EPI,1,'elliptical (cells ... epithelial)',None),
]
A[('26978232','en')] = [
 ('somatostatin receptor','Receptor','',1,n_sstrfam,None),
 ('ileal mucosa','Tissue',ILMUC,1,'',None),
 ('somatostatin receptor type 2','Receptor','H:SSTR2',1,'',None),
 ('SSTR-2','Receptor','H:SSTR2',1,'',None),
 ('SSTR2','Receptor','H:SSTR2',1,'',None),
 ('cells','CellType','',0,'generic',None),
 ('epitheliocytes','CellType',EPI,1,'',None),
 ('receptor','Receptor','',0,'generic (anaphoric to SSTR2)',None),
 ('mucosa','Tissue',ILMUC,1,n_ctx,None),
 ('neuroendocrine','CellType',NEC,1,'elliptical (cells ... neuroendocrine)',None),
 ('intraepithelial T lymphocytes','CellType',IEL,1,n_iel,None),
 ('epithelial','CellType',EPI,1,'elliptical (cells ... epithelial)',None),
]
A[('26569010','ru')] = [
 ('цитокинов','Cytokine','',0,'generic, class with examples',[0]),
 ('цитокины','Cytokine','',0,'generic',None),
 ('интерлейкин-6','Cytokine','H:IL6',1,'',None),
 ('IL-6','Cytokine','H:IL6',1,'',None),
 ('С-реактивный белок','Protein','H:CRP',1,'',None),
 ('IL-10','Cytokine','H:IL10',1,'',None),
 ('синовиальной мембране','Tissue',SYN,1,'',None),
 ('хондроцитах','CellType',CHON,1,'',None),
 ('интерлейкина-1β','Cytokine','H:IL1B',1,'',None),
 ('ферменты','Enzyme','',0,'generic, class with examples',None),
 ('синтаза оксида азота','Enzyme','FPLX:NOS',1,'no isoform given (context suggests NOS2)',None),
 ('циклооксигеназа-2','Enzyme','H:PTGS2',1,'',None),
]
A[('26569010','en')] = [
 ('cytokines','Cytokine','',0,'generic',None),
 ('IL-6','Cytokine','H:IL6',1,'',None),
 ('C-reactive protein','Protein','H:CRP',1,'',None),
 ('IL-10','Cytokine','H:IL10',1,'',None),
 ('synovial membrane','Tissue',SYN,1,'',None),
 ('interleukin 1-beta','Cytokine','H:IL1B',1,'',None),
 ('enzymes','Enzyme','',0,'generic, class with examples',None),
 ('nitric oxide synthase','Enzyme','FPLX:NOS',1,'no isoform given (context suggests NOS2)',None),
 ('cyclooxygenase-2','Enzyme','H:PTGS2',1,'',None),
 ('chondrocytes','CellType',CHON,1,'',None),
]
A[('26356163','ru')] = [
 ('белка','Protein','',0,'generic',None),
 ('белков','Protein','',0,'generic',None),
 ('глутатионпероксидазы','Enzyme','FPLX:GPX',1,'family, no isoform',None),
 ('глутатионпероксидаза','Enzyme','FPLX:GPX',1,'family, no isoform',None),
 ('глутатионредуктазы','Enzyme','H:GSR',1,'rat enzyme -> human orthologue',None),
 ('глутатионредуктаза','Enzyme','H:GSR',1,'rat enzyme -> human orthologue',None),
 ('ферментов','Enzyme','',0,'generic',None),
 ('ферменты','Enzyme','',0,'generic',None),
]
A[('26356163','en')] = [
 ('protein','Protein','',0,'generic',None),
 ('proteins','Protein','',0,'generic',None),
 ('glutathione peroxidase','Enzyme','FPLX:GPX',1,'family, no isoform',None),
 ('glutathione reductase','Enzyme','H:GSR',1,'rat enzyme -> human orthologue',None),
 ('enzymes','Enzyme','',0,'generic',None),
]
A[('26087638','ru')] = [
 ('коллагеновой','ECMProtein','FPLX:Collagen',1,'adjective; collagen without type',None),
 ('интраэпителиальных лимфоцитов','CellType',IEL,1,n_iel,None),
 ('эпителиоцитов','CellType',EPI,1,'',None),
]
A[('26087638','en')] = [
 ('collagen','ECMProtein','FPLX:Collagen',1,'collagen without type (noun adjunct)',None),
 ('intraepithelial lymphocyte','CellType',IEL,1,n_iel,None),
 ('intraepithelial lymphocytes','CellType',IEL,1,n_iel,None),
 ('epitheliocytes','CellType',EPI,1,'',None),
]
A[('26226776','ru')] = [
 ('Е-кадгерина','AdhesionMolecule','H:CDH1',1,'',None),
 ('Е-кадгерину','AdhesionMolecule','H:CDH1',1,'',None),
 ('β-катенина','Protein','H:CTNNB1',1,'',None),
 ('β-катенину','Protein','H:CTNNB1',1,'',None),
 ('опухолевых клеток','CellType',TUM,1,'',None),
 ('опухолевых клетках','CellType',TUM,1,'',None),
 ('VEGF','GrowthFactor','H:VEGFA',1,n_vegf,None),
 ('сосудистый эндотелиальный фактор роста','GrowthFactor','H:VEGFA',1,n_vegf,None),
 ('белка','Protein','',0,'anaphoric generic (= beta-catenin)',None),
 ('кадгерин-катениновый комплекс','AdhesionMolecule','',1,n_ccc,None),
 ('транскрипционного фактора','Protein','',0,'generic',None),
]
A[('26226776','en')] = [
 ('adhesion molecule','AdhesionMolecule','',0,'generic',None),
 ('E-cadherin','AdhesionMolecule','H:CDH1',1,'',None),
 ('β-catenin','Protein','H:CTNNB1',1,'',None),
 ('tumor cells','CellType',TUM,1,'',None),
 ('tumor cell','CellType',TUM,1,'',None),
 ('VEGF','GrowthFactor','H:VEGFA',1,n_vegf,None),
 ('vascular endothelial growth factor','GrowthFactor','H:VEGFA',1,n_vegf,None),
 ('protein','Protein','',0,'anaphoric generic (= beta-catenin)',None),
 ('cadherin-catenin complex','AdhesionMolecule','',1,n_ccc,None),
 ('transcription factor','Protein','',0,'generic',None),
]
A[('27030431','ru')] = [
 ('белков острой фазы воспаления','Protein','',0,'generic functional class (acute phase proteins)',None),
 ('белков','Protein','',0,'generic',None),
 ('С-реактивного белка','Protein','H:CRP',1,'',None),
 ('орозомукоида','Protein','',1,n_orm,None),
 ('церулоплазмина','Protein','H:CP',1,'ferroxidase, name not an enzyme name -> Protein',None),
 ('α1-антитрипсина','ProteaseInhibitor','H:SERPINA1',1,'',None),
 ('трансферрина','Protein','H:TF',1,'',None),
]
A[('27030431','en')] = [
 ('acute phase proteins','Protein','',0,'generic functional class',None),
 ('APPs','Protein','',0,'generic functional class (abbrev.)',None),
 ('C-reactive protein','Protein','H:CRP',1,'',None),
 ('orosomucoid','Protein','',1,n_orm,None),
 ('ceruloplasmin','Protein','H:CP',1,'ferroxidase, name not an enzyme name -> Protein',None),
 ('α1-antitrypsin','ProteaseInhibitor','H:SERPINA1',1,'',None),
 ('transferrin','Protein','H:TF',1,'',None),
]
A[('26978233','ru')] = [
 ('р53','Protein','H:TP53',1,'Cyrillic р',None),
 ('каспаз 3','Enzyme','H:CASP3',1,'coordinated "каспаз 3 и 7"',None),
 ('7','Enzyme','H:CASP7',1,'coordinated "каспаз 3 и 7"',None),
 ('каспаз 7','Enzyme','H:CASP7',1,'',None),
 ('каспазы 3','Enzyme','H:CASP3',1,'',None),
 ('сурвивина','Protein','H:BIRC5',1,'',None),
 ('VEGF','GrowthFactor','H:VEGFA',1,n_vegf,None),
 ('опухолевых клетках','CellType',TUM,1,'',None),
]
A[('26978233','en')] = [
 ('p53','Protein','H:TP53',1,'',None),
 ('caspases-3','Enzyme','H:CASP3',1,'coordinated "caspases-3 and -7"',None),
 ('7','Enzyme','H:CASP7',1,'coordinated "caspases-3 and -7"; hyphen not part',None),
 ('survivin','Protein','H:BIRC5',1,'',None),
 ('VEGF','GrowthFactor','H:VEGFA',1,n_vegf,None),
 ('Caspase 3','Enzyme','H:CASP3',1,'',None),
 ('caspase 3','Enzyme','H:CASP3',1,'',None),
 ('caspase-7','Enzyme','H:CASP7',1,'',None),
 ('tumor cells','CellType',TUM,1,'',None),
]
A[('27030325','ru')] = [
 ('дифференцировочных лейкоцитарных антигенов','SurfaceMarker','',0,'generic (leukocyte differentiation antigens = CD antigens)',None),
 ('лимфоцитов','CellType',LYM,1,'inside "молекул активации лимфоцитов"',None),
 ('CD50','SurfaceMarker','H:ICAM3',1,'',None),
 ('CD54','SurfaceMarker','H:ICAM1',1,'',None),
 ('CD38','SurfaceMarker','H:CD38',1,'',None),
 ('CD25','SurfaceMarker','H:IL2RA',1,'',None),
 ('sCD50','SurfaceMarker','H:ICAM3',1,n_sol,None),
 ('sCD54','SurfaceMarker','H:ICAM1',1,n_sol,None),
 ('sCD38','SurfaceMarker','H:CD38',1,n_sol,None),
 ('sCD25','SurfaceMarker','H:IL2RA',1,n_sol,None),
 ('рецептора интерлейкина-2','Receptor','H:IL2RA',1,n_il2r+'; "растворимого" not in span',None),
]
A[('27030325','en')] = [
 ('differentiation molecules','SurfaceMarker','',0,'generic (soluble differentiation molecules)',None),
 ('leukocyte differentiation antigens','SurfaceMarker','',0,'generic (CD antigens)',None),
 ('lymphocyte','CellType',LYM,1,'inside "lymphocyte activation molecules"',None),
 ('CD50','SurfaceMarker','H:ICAM3',1,'',None),
 ('CD54','SurfaceMarker','H:ICAM1',1,'',None),
 ('CD38','SurfaceMarker','H:CD38',1,'',None),
 ('CD25','SurfaceMarker','H:IL2RA',1,'',None),
 ('sCD50','SurfaceMarker','H:ICAM3',1,n_sol,None),
 ('sCD54','SurfaceMarker','H:ICAM1',1,n_sol,None),
 ('sCD38','SurfaceMarker','H:CD38',1,n_sol,None),
 ('sCD25','SurfaceMarker','H:IL2RA',1,n_sol,None),
 ('interleukin-2 receptor','Receptor','H:IL2RA',1,n_il2r+'; "soluble" not in span',None),
]
A[('26145744','ru')] = [
 ('костной ткани','Tissue',BONE,1,'',None),
 ('костной','Tissue',BONE,1,'adjective ("костной стенки")',None),
 ('кости','Tissue',BONE,1,'bone as material (fragility)',None),
]
A[('26145744','en')] = [
 ('bone tissue','Tissue',BONE,1,'',None),
 ('bone','Tissue',BONE,1,'noun adjunct ("bone wall") / bone as material (fragile)',None),
]
