def load(stdout=None):
    from home.demo.loader import RegionLoader

    return RegionLoader(stdout).load()
