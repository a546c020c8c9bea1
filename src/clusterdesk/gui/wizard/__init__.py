"""The import wizard, one module per page; ``ImportWizard`` lives in wizard.py."""
